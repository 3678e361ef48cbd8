namespace DeptBudget.Reading.Interpret;

/// <summary>
/// How far a 项目绩效目标汇总表 project row's indicator cells sit from the header's 三级指标/指标值 pairs.
/// Extracted text sometimes drops a blank amount cell (西峡 2024: the first name sits under 单位资金), so
/// the cells move left; but a row whose 成本指标 pair is blank (龙亭 2024 "-中央资金") starts further right
/// without being shifted. Taking the first name's column as the shift misfiles every pair in that case, so
/// only shifts that keep the row inside the header are considered.
/// </summary>
internal static class TargetColumnShift
{
    /// <param name="firstName">column of the row's first indicator name</param>
    /// <param name="lastFilled">column of the row's last filled cell</param>
    /// <param name="firstIndicatorCol">header column of the first 三级指标</param>
    /// <param name="lastValueCol">header column of the last 指标值</param>
    /// <param name="previous">shift of the previous project row, the document's layout so far</param>
    public static int Guess(int firstName, int lastFilled, int firstIndicatorCol, int lastValueCol, int previous)
    {
        var naive = firstName - firstIndicatorCol;
        // A shift is plausible when the first name lands on a 三级指标 column (names and values come in
        // pairs) and the last cell still lands inside the header.
        bool Fits(int o) => firstName - o >= firstIndicatorCol
            && (firstName - o - firstIndicatorCol) % 2 == 0
            && lastFilled - o <= lastValueCol;
        var candidates = Enumerable.Range(-Math.Abs(naive) - 2, 2 * Math.Abs(naive) + 5).Where(Fits).ToList();
        if (candidates.Count == 0) return naive;
        if (candidates.Contains(previous)) return previous;
        // Otherwise the smallest shift; a left shift (a dropped blank cell) before a right one.
        return candidates.OrderBy(Math.Abs).ThenBy(o => o).First();
    }
}
