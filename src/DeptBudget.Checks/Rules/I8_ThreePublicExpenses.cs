using DeptBudget.Model;

namespace DeptBudget.Checks.Rules;

/// <summary>
/// I8: “三公”经费 parts sum to the total (出国 + 公车 + 接待, 公车 = 购置 + 运行维护); 公务接待费 and 公车运行维护费
/// are at least the 06 rows 30217 and 30231 paid from basic expenditure.
/// </summary>
public sealed class I8_ThreePublicExpenses : Rule
{
    public override string Id => "I8";
    public override string TitleZh => "“三公”经费合计与分项一致";

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var t08 = context.Table(TableIds.ThreePublicExpenses);
        var tp = context.Budget.ThreePublic;
        if (tp is null)
        {
            if (t08 is null) yield return CannotRun("缺少“三公”经费支出情况表（08）", TableIds.ThreePublicExpenses);
            else if (!Tables.IsEmpty(t08)) yield return CannotRun("未能从“三公”经费表读出各项金额", t08.Id);
            yield break;
        }
        foreach (var f in Figures(tp.ThisYear, "本年", t08)) yield return f;
        if (tp.LastYear is { } last) foreach (var f in Figures(last, "上年", t08)) yield return f;

        var t06 = context.TableWithData(TableIds.GeneralBudgetBasicExpenditure);
        if (t06 is null)
        {
            // The sums of 08 were checked; the floor set by 06 (30217, 30231) could not be.
            yield return CannotRun("缺少一般公共预算基本支出表（06），不核对公务接待费、公务用车运行维护费不低于基本支出", TableIds.GeneralBudgetBasicExpenditure);
            yield break;
        }
        foreach (var (code, name, value) in new[] { ("30217", "公务接待费", tp.ThisYear.OfficialReception), ("30231", "公务用车运行维护费", tp.ThisYear.VehicleOperation) })
        {
            var rows = Tables.CodedRows(t06).Where(r => r.Code == code).ToList();
            var basic = rows.Sum(r => t06.Amount(r, AmountKeys.Total) ?? 0m);
            if (basic - value > Money.SumTolerance(Math.Max(rows.Count, 1)))
                yield return Make(Where(t08, name), $"≥ {CheckContext.Amount(basic)}", CheckContext.Amount(value),
                    $"“三公”经费表{name} {CheckContext.Amount(value)} 小于基本支出表 {code} {name}合计 {CheckContext.Amount(basic)}（{rows.Count} 行），{CheckContext.Diff(basic, value)}");
        }
    }

    private IEnumerable<Finding> Figures(ThreePublicFigures f, string year, Table? t08)
    {
        var vehicles = f.VehiclePurchase + f.VehicleOperation;
        var sum = f.OfficialOverseasTravel + (f.OfficialVehicles != 0m ? f.OfficialVehicles : vehicles) + f.OfficialReception;
        // A whole that reads 0 beside parts that do not is a figure the reader missed (a 三公 table printed as a
        // list, 3、公务用车购置及运行费 2.00 on its own line), not a document that omits it.
        if (f.OfficialVehicles == 0m && vehicles != 0m || f.Total == 0m && sum != 0m)
        {
            yield return CannotRun($"{year}“三公”经费表未读到{(f.Total == 0m ? "合计" : "公务用车购置及运行费")}（其组成部分合计 {CheckContext.Amount(f.Total == 0m ? sum : vehicles)}），不核对", t08?.Id ?? TableIds.ThreePublicExpenses);
            yield break;
        }
        if (CheckContext.Differs(vehicles, f.OfficialVehicles, 2))
            yield return Make(Where(t08, "公务用车购置及运行费"), CheckContext.Amount(vehicles), CheckContext.Amount(f.OfficialVehicles),
                $"{year}公务用车购置及运行费应等于购置费 {CheckContext.Amount(f.VehiclePurchase)} + 运行维护费 {CheckContext.Amount(f.VehicleOperation)} = {CheckContext.Amount(vehicles)}，表中为 {CheckContext.Amount(f.OfficialVehicles)}，{CheckContext.Diff(vehicles, f.OfficialVehicles)}");
        sum = f.OfficialOverseasTravel + f.OfficialVehicles + f.OfficialReception;
        if (CheckContext.Differs(sum, f.Total, 3))
            yield return Make(Where(t08, "“三公”经费合计"), CheckContext.Amount(sum), CheckContext.Amount(f.Total),
                $"{year}“三公”经费合计应等于因公出国（境）费 {CheckContext.Amount(f.OfficialOverseasTravel)} + 公务用车购置及运行费 {CheckContext.Amount(f.OfficialVehicles)} + 公务接待费 {CheckContext.Amount(f.OfficialReception)} = {CheckContext.Amount(sum)}，表中为 {CheckContext.Amount(f.Total)}，{CheckContext.Diff(sum, f.Total)}");
    }

    private static FindingLocation Where(Table? t08, string header)
    {
        if (t08 is null) return new FindingLocation(TableIds.ThreePublicExpenses, null, header, null, null);
        var ci = -1;
        for (var i = 0; i < t08.Columns.Count && ci < 0; i++) if (t08.Columns[i].Header.Contains(header.Trim('“', '”'))) ci = i;
        return new FindingLocation(t08.Id, null, ci >= 0 ? t08.Columns[ci].Header : header, null, null)
        { ColumnIndex = ci >= 0 ? ci : null, RowIndex = t08.Rows.Count > 0 ? t08.Rows.Count - 1 : null };
    }
}
