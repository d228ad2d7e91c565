// SPDX-License-Identifier: GPL-3.0-or-later
// The ring the lock recorder and the wait log keep their last entries in: wrap-around,
// reading on from a cursor, and a reader racing the writer, which must never see an
// entry whose words come from two different writes.
#include "workers/seqring.h"

#include <QElapsedTimer>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace LockLens;

namespace {

constexpr std::size_t Small = 16;
using Ring = SeqRing<std::uint64_t, std::uint32_t>;

struct Entry
{
    std::uint64_t a = 0;
    std::uint32_t b = 0;
};

Entry make(std::uint64_t a, std::uint32_t b)
{
    return { a, b };
}

// Entry i: a = i, b = the low bits of i, xored so that a stale b never passes for a fresh one.
void pushNumbered(Ring &ring, std::uint64_t i)
{
    ring.push(i, std::uint32_t(i) ^ 0x5a5a5a5au);
}

bool numbered(const Entry &e, std::uint64_t i)
{
    return e.a == i && e.b == (std::uint32_t(i) ^ 0x5a5a5a5au);
}

} // namespace

class TestSeqRing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyReadsNothing();
    void wrapAroundKeepsTheLastCapacity_data();
    void wrapAroundKeepsTheLastCapacity();
    void readsOnFromACursor();
    void racingReaderSeesNoTornEntry();
};

void TestSeqRing::emptyReadsNothing()
{
    Ring ring(Small);
    std::vector<Entry> out;
    std::uint64_t lost = 7;
    QCOMPARE(ring.read(0, &out, &lost, make), std::uint64_t(0));
    QVERIFY(out.empty());
    QCOMPARE(lost, std::uint64_t(0));
    QCOMPARE(ring.written(), std::uint64_t(0));
}

void TestSeqRing::wrapAroundKeepsTheLastCapacity_data()
{
    QTest::addColumn<int>("extra"); // entries written beyond Capacity
    QTest::newRow("exactly full") << 0;
    QTest::newRow("one over") << 1;
    QTest::newRow("k over") << 5;
    QTest::newRow("lapped three times") << int(3 * Small + 2);
}

void TestSeqRing::wrapAroundKeepsTheLastCapacity()
{
    QFETCH(int, extra);
    Ring ring(Small);
    const std::uint64_t n = Small + std::uint64_t(extra);
    for (std::uint64_t i = 0; i < n; ++i)
        pushNumbered(ring, i);
    QCOMPARE(ring.written(), n);
    std::vector<Entry> out;
    std::uint64_t lost = 0;
    QCOMPARE(ring.read(0, &out, &lost, make), n);
    QCOMPARE(out.size(), Small);
    QCOMPARE(lost, std::uint64_t(extra));
    for (std::size_t k = 0; k < out.size(); ++k)
        QVERIFY2(numbered(out[k], n - Small + k), qPrintable(QString::number(k)));
    // Appended after what `out` held; nothing new to read at the end.
    QCOMPARE(ring.read(0, &out, nullptr, make), n);
    QCOMPARE(out.size(), 2 * Small);
    out.clear();
    QCOMPARE(ring.read(n, &out, &lost, make), n);
    QVERIFY(out.empty());
    QCOMPARE(lost, std::uint64_t(0));
}

void TestSeqRing::readsOnFromACursor()
{
    Ring ring(Small);
    for (std::uint64_t i = 0; i < 10; ++i)
        pushNumbered(ring, i);
    std::vector<Entry> out;
    std::uint64_t lost = 1;
    // From the middle, nothing lost yet.
    std::uint64_t cursor = ring.read(6, &out, &lost, make);
    QCOMPARE(cursor, std::uint64_t(10));
    QCOMPARE(lost, std::uint64_t(0));
    QCOMPARE(out.size(), std::size_t(4));
    for (std::size_t k = 0; k < out.size(); ++k)
        QVERIFY(numbered(out[k], 6 + k));
    // The writer goes on, but not past the cursor's slot: the rest in order.
    for (std::uint64_t i = 10; i < 10 + Small; ++i)
        pushNumbered(ring, i);
    out.clear();
    cursor = ring.read(cursor, &out, &lost, make);
    QCOMPARE(cursor, std::uint64_t(10 + Small));
    QCOMPARE(lost, std::uint64_t(0));
    QCOMPARE(out.size(), Small);
    QVERIFY(numbered(out.front(), 10) && numbered(out.back(), 10 + Small - 1));
    // Lapped while away: a cursor in the middle of what was overwritten counts the rest.
    for (std::uint64_t i = 10 + Small; i < 10 + 3 * Small; ++i)
        pushNumbered(ring, i);
    out.clear();
    const std::uint64_t middle = cursor + Small / 2;
    QCOMPARE(ring.read(middle, &out, &lost, make), std::uint64_t(10 + 3 * Small));
    QCOMPARE(lost, std::uint64_t(Small / 2)); // [middle, written - Small) were overwritten
    QCOMPARE(out.size(), Small);
    QVERIFY(numbered(out.front(), 10 + 2 * Small));
}

void TestSeqRing::racingReaderSeesNoTornEntry()
{
    // A writer laps a 16-entry ring over and over while a reader follows it: each entry the
    // reader gets must be whole (its words from one write) and the one its index says, and
    // what it gets plus what it lost must account for every entry written. The writer goes
    // on until the reader has read enough entries while it wrote (or two seconds passed):
    // on a busy machine a fixed count can be written before the reader gets a core.
    Ring ring(Small);
    std::atomic<bool> stop { false };
    std::uint64_t total = 0;
    std::thread writer([&] {
        std::uint64_t i = 0;
        while (!stop.load(std::memory_order_relaxed))
            pushNumbered(ring, i++);
        total = i;
    });
    std::vector<Entry> out;
    std::uint64_t cursor = 0, received = 0, lostTotal = 0, reads = 0, torn = 0;
    const auto follow = [&] {
        out.clear();
        std::uint64_t lost = 0;
        const std::uint64_t next = ring.read(cursor, &out, &lost, make);
        // What came back is the tail of [cursor, next): [cursor + lost, next).
        if (out.size() != next - cursor - lost)
            ++torn;
        for (std::size_t k = 0; k < out.size(); ++k)
            torn += !numbered(out[k], cursor + lost + k);
        received += out.size();
        lostTotal += lost;
        cursor = next;
        ++reads;
    };
    QElapsedTimer clock;
    clock.start();
    while ((received < 100'000 || lostTotal == 0) && clock.elapsed() < 2000)
        follow();
    stop.store(true, std::memory_order_relaxed);
    writer.join();
    follow(); // the rest, the writer gone
    QCOMPARE(torn, std::uint64_t(0));
    QCOMPARE(cursor, total);
    QCOMPARE(received + lostTotal, total);
    QVERIFY(received > 0);
    qDebug("%llu reads: %llu entries read, %llu lost", static_cast<unsigned long long>(reads),
        static_cast<unsigned long long>(received), static_cast<unsigned long long>(lostTotal));
}

QTEST_GUILESS_MAIN(TestSeqRing)
#include "tst_seqring.moc"
