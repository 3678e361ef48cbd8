using System.Diagnostics;

namespace DeptBudget.Reading.Guards;

/// <summary>
/// A time budget checked between pages, sheets and rows: a read that runs over stops with the place it reached.
/// The time limit and cancellation of the surrounding <see cref="ReadScope"/> apply as well.
/// </summary>
public sealed class Deadline(string where, TimeSpan budget)
{
    private readonly Stopwatch watch = Stopwatch.StartNew();

    public void Check(string place)
    {
        ReadScope.Check($"{where} ({place})");
        if (watch.Elapsed > budget)
            throw new ReadException($"{where}: gave up at {place} after {budget.TotalSeconds:0} s (the document is too costly to read)");
    }
}
