// Driver for fuzz harnesses in non-clang builds: replays every file of the
// given corpus directories, then runs seeded random mutations of them until
// --seconds have passed. Not coverage-guided (that is the fuzz preset's job),
// but it runs every harness in the ordinary CI build.
#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

QByteArray mutate(QByteArray input, QRandomGenerator& rng)
{
    const int ops = 1 + int(rng.bounded(4));
    for (int i = 0; i < ops; ++i) {
        const quint32 op = rng.bounded(6);
        const qsizetype n = input.size();
        switch (op) {
        case 0: // flip a bit
            if (n)
                input[rng.bounded(n)] ^= char(1 << rng.bounded(8));
            break;
        case 1: // set a byte to an interesting value
            if (n) {
                static const char interesting[] = {0, 1, 0x7f, char(0x80), char(0xff), char(0xc0), char(0xe0), 0x20};
                input[rng.bounded(n)] = interesting[rng.bounded(int(sizeof interesting))];
            }
            break;
        case 2: // truncate
            if (n)
                input.truncate(rng.bounded(n));
            break;
        case 3: // insert random bytes
        {
            QByteArray extra(1 + rng.bounded(8), '\0');
            for (char& c : extra)
                c = char(rng.bounded(256));
            input.insert(n ? rng.bounded(n + 1) : 0, extra);
            break;
        }
        case 4: // duplicate a slice
            if (n) {
                const qsizetype from = rng.bounded(n);
                input.append(input.mid(from, 1 + rng.bounded(n - from)));
            }
            break;
        case 5: // delete a slice
            if (n > 1) {
                const qsizetype from = rng.bounded(n);
                input.remove(from, 1 + rng.bounded(n - from));
            }
            break;
        }
    }
    return input;
}

} // namespace

int main(int argc, char** argv)
{
    double seconds = 5;
    std::vector<QByteArray> corpus;
    for (int i = 1; i < argc; ++i) {
        if (!strcmp(argv[i], "--seconds") && i + 1 < argc) {
            seconds = atof(argv[++i]);
            continue;
        }
        QDirIterator it(QString::fromLocal8Bit(argv[i]), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                corpus.push_back(f.readAll());
        }
    }
    if (corpus.empty())
        corpus.emplace_back();

    for (const QByteArray& input : corpus)
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()), size_t(input.size()));

    QRandomGenerator rng(0x4c774d32); // fixed seed: a failure reproduces
    QElapsedTimer timer;
    timer.start();
    quint64 runs = corpus.size();
    while (timer.elapsed() < qint64(seconds * 1000)) {
        const QByteArray input = mutate(corpus[rng.bounded(quint32(corpus.size()))], rng);
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()), size_t(input.size()));
        ++runs;
    }
    printf("standalone fuzz: %zu seeds, %llu runs in %.1f s, no crash\n", corpus.size(),
           static_cast<unsigned long long>(runs), double(timer.elapsed()) / 1000.0);
    return 0;
}
