#pragma once

// Minimal benchmark harness: run a callable repeatedly for a time budget,
// report operations/second, and compare against a baseline callable measured
// in the same process, same run. Output is one line per figure:
//
//   bench <name>: <value> <unit>
//   ratio <name>/<baseline>: <x>
//
// Figures are informational; nothing here asserts a time.
#include <QElapsedTimer>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace lwc::bench {

struct Measurement {
    QString name;
    double opsPerSecond = 0;
    double nsPerOp = 0;
    long long iterations = 0;
};

// Runs `op` (which performs `opsPerCall` operations) until `seconds` passed;
// repeats `rounds` times and keeps the median round.
inline Measurement measure(const QString &name, const std::function<void()> &op, double seconds = 1.0, int rounds = 5,
                           long long opsPerCall = 1)
{
    std::vector<double> rates;
    long long total = 0;
    op(); // warm-up
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        long long n = 0;
        while (t.nsecsElapsed() < qint64(seconds * 1e9 / rounds)) {
            op();
            n += opsPerCall;
        }
        rates.push_back(double(n) / (double(t.nsecsElapsed()) / 1e9));
        total += n;
    }
    std::sort(rates.begin(), rates.end());
    const double median = rates[rates.size() / 2];
    return {name, median, 1e9 / median, total};
}

inline void report(const Measurement &m, const char *unit = "ops/s")
{
    printf("bench %s: %.0f %s (%.1f ns/op, %lld iterations)\n", qPrintable(m.name), m.opsPerSecond, unit, m.nsPerOp,
           m.iterations);
}

// Prints how many times slower `m` is than `baseline` (ns/op ratio).
inline double reportRatio(const Measurement &m, const Measurement &baseline)
{
    const double ratio = m.nsPerOp / baseline.nsPerOp;
    printf("ratio %s/%s: %.2fx\n", qPrintable(m.name), qPrintable(baseline.name), ratio);
    return ratio;
}

} // namespace lwc::bench
