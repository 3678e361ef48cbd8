using System.Globalization;
using System.Text.RegularExpressions;
using DeptBudget.Model;
using K = DeptBudget.Model.AmountKeys;

namespace DeptBudget.Checks.Rules;

/// <summary>
/// N4: 机关运行经费 is normally the 公用经费 of the administrative units (government codes 502…);
/// 机构运转经费 (Henan 2024, 行政和事业单位) the whole 公用经费. A difference is reported with both figures; where the
/// table gives no government codes, only a 机关运行经费 above the whole 公用经费 is.
/// </summary>
public sealed partial class N4_AgencyOperatingCost : Rule
{
    public override string Id => "N4";
    public override string TitleZh => "机关运行经费与公用经费相符";
    public override Severity DefaultSeverity => Severity.Warning;

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var stated = Stated(context);
        if (stated is null) { yield return CannotRun("说明中未读到机关运行经费（机构运转经费）金额"); yield break; }
        var (value, word, where) = stated.Value;

        var ta = context.TableWithData(TableIds.AgencyOperatingCost);
        if (ta is not null && (Tables.TotalOf(ta, K.Total) ?? FirstAmount(ta)) is { } tv && CheckContext.Differs(tv, value, 1))
            yield return Make(where, CheckContext.Amount(tv), CheckContext.Amount(value),
                $"说明中的{word} {CheckContext.Amount(value)} 万元与机关运行经费表合计 {CheckContext.Amount(tv)} 万元不一致，{CheckContext.Diff(tv, value)}", Severity.Error);

        var t06 = context.TableWithData(TableIds.GeneralBudgetBasicExpenditure);
        if (t06 is null || !t06.HasColumn(K.OperatingCost)) { yield return CannotRun("缺少一般公共预算基本支出表的公用经费列", TableIds.GeneralBudgetBasicExpenditure); yield break; }
        var operating = Tables.TotalOf(t06, K.OperatingCost) ?? 0m;
        var gi = t06.ColumnIndex(ColumnKeys.GovCode);
        var adminRows = Tables.CodedRows(t06).Where(r => GovCode(t06, r, gi) is { } g && g.StartsWith("502", StringComparison.Ordinal) && g.Length > 3).ToList();
        var admin = adminRows.Sum(r => t06.Amount(r, K.OperatingCost) ?? 0m);
        var institutions = word.Contains("机构运转") || adminRows.Count == 0;
        var expected = institutions ? operating : admin;
        if (!CheckContext.Differs(expected, value, institutions ? 1 : Math.Max(adminRows.Count, 1))) yield break;
        // 机关运行经费 covers 行政单位 and 参照公务员法管理的事业单位, whose 公用经费 the table files under 505: a figure
        // equal to the whole 公用经费 (to the digits the sentence prints) is that definition, not a fault.
        if (!institutions && SameToDigits(operating, value)) yield break;
        // 502 rows all zero: the table lists no administrative unit's 公用经费 (only 事业单位 rows), so it cannot
        // say what the administrative units spend; a 机关运行经费 within the whole 公用经费 is not contradicted.
        if (!institutions && admin == 0m && value <= operating)
        {
            yield return CannotRun($"基本支出表政府经济分类 502 各行均为 0，分不出行政单位的公用经费；{word} {CheckContext.Amount(value)} 万元未超过公用经费合计 {CheckContext.Amount(operating)} 万元", TableIds.GeneralBudgetBasicExpenditure);
            yield break;
        }
        // Without government codes (上海 prints none) the administrative units' share cannot be told; 机关运行经费
        // below the whole 公用经费 is what a department with 事业单位 states (万里: 1 机关 and 1 参公 of 6 units).
        if (adminRows.Count == 0 && !word.Contains("机构运转") && value < operating)
        {
            yield return CannotRun($"基本支出表未列政府经济分类（502），分不出行政单位的公用经费；{word} {CheckContext.Amount(value)} 万元未超过公用经费合计 {CheckContext.Amount(operating)} 万元", TableIds.GeneralBudgetBasicExpenditure);
            yield break;
        }
        yield return Make(where, CheckContext.Amount(expected), CheckContext.Amount(value), institutions
            ? $"{word} {CheckContext.Amount(value)} 万元与一般公共预算基本支出表公用经费合计 {CheckContext.Amount(operating)} 万元不一致，{CheckContext.Diff(operating, value)}"
            : $"{word} {CheckContext.Amount(value)} 万元，通常等于行政单位公用经费（基本支出表政府经济分类 502 各行之和 {CheckContext.Amount(admin)} 万元，共 {adminRows.Count} 行；公用经费合计 {CheckContext.Amount(operating)} 万元），{CheckContext.Diff(admin, value)}");
    }

    /// <summary>The table's figure rounded (half away from zero) to the decimals the sentence prints equals the sentence's.</summary>
    private static bool SameToDigits(decimal table, decimal stated)
    {
        var digits = Math.Max(0, (decimal.GetBits(stated)[3] >> 16) & 0xFF);
        return Math.Round(table, Math.Min(digits, 10), MidpointRounding.AwayFromZero) == stated;
    }

    private static string? GovCode(Table t, TableRow r, int gi) => gi >= 0 && gi < r.Cells.Count && r.Cells[gi].Length > 0 ? r.Cells[gi] : null;

    private static decimal? FirstAmount(Table t) => Tables.TotalRow(t) is { } r ? Tables.AmountColumns(t).Select(r.Amount).FirstOrDefault(v => v is not null) : null;

    private static (decimal Value, string Word, FindingLocation Where)? Stated(CheckContext context)
    {
        foreach (var s in context.Disclosure.Narrative.Sections)
            foreach (var p in s.Paragraphs)
            {
                var m = Stated().Match(p);
                if (m.Success)
                    return (decimal.Parse(m.Groups["n"].Value.Replace(",", ""), CultureInfo.InvariantCulture), m.Groups["w"].Value,
                        FindingLocation.InSection(s.Title, Sentences.Around(p, m.Groups["n"].Index)));
            }
        if (context.Budget.Facts.AgencyOperatingCost is { } v) return (v, "机关运行经费", FindingLocation.InSection("机关运行经费", null));
        return null;
    }

    [GeneratedRegex(@"(?<w>机关运行经费|机构运转经费)(?:支出)?(?:预算)?(?:安排|为|共)?\s*(?<n>\d[\d,]*(?:\.\d+)?)\s*万\s*元")]
    private static partial Regex Stated();
}
