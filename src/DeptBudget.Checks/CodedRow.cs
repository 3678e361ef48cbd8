using DeptBudget.Model;
using DeptBudget.Model.Catalogues;

namespace DeptBudget.Checks;

/// <summary>
/// The classification codes a printed row carries: its own code (functional, or department economic in
/// 06/07) and, in economic tables, the government economic code and name beside it.
/// </summary>
public sealed record CodedRow(Table Table, TableRow Row, ClassificationKind Kind, string Code, string? Name, string? GovCode, string? GovName)
{
    public static readonly HashSet<string> EconomicTables =
        [TableIds.GeneralBudgetBasicExpenditure, TableIds.EconomicClassificationSummary, TableIds.BasicExpenditure, TableIds.AgencyOperatingCost];

    private static readonly HashSet<string> FunctionalTables =
    [
        TableIds.RevenueSummary, TableIds.ExpenditureSummary, TableIds.GeneralBudgetExpenditure, TableIds.GovernmentFundExpenditure,
        TableIds.StateCapitalExpenditure, TableIds.GovernmentProcurement,
    ];

    public static IEnumerable<CodedRow> In(Disclosure d)
    {
        foreach (var t in d.Tables)
        {
            var economic = EconomicTables.Contains(t.Id);
            if (!economic && !FunctionalTables.Contains(t.Id)) continue;
            var gi = t.ColumnIndex(ColumnKeys.GovCode);
            var gc = t.ColumnIndex(ColumnKeys.GovCodeClass);
            var gs = t.ColumnIndex(ColumnKeys.GovCodeSection);
            var gn = t.ColumnIndex(ColumnKeys.GovName);
            foreach (var r in Tables.CodedRows(t))
            {
                string? gov = null, govName = null;
                if (economic)
                {
                    gov = gi >= 0 ? Cell(r, gi) : Cell(r, gc) is { } c ? c + (Cell(r, gs) ?? "") : null;
                    govName = Cell(r, gn);
                    // A government code that is not digits is a shifted cell, not a code to look up.
                    if (gov is not null && !gov.All(char.IsAsciiDigit)) gov = null;
                }
                var name = r.Name is { } n && n.All(c => char.IsAsciiDigit(c) || char.IsWhiteSpace(c)) ? null : r.Name;
                yield return new CodedRow(t, r, economic ? ClassificationKind.DepartmentEconomic : ClassificationKind.Functional, r.Code!, name, gov, govName);
            }
        }
    }

    private static string? Cell(TableRow r, int i) => i >= 0 && i < r.Cells.Count && r.Cells[i].Trim().Length > 0 ? r.Cells[i].Trim() : null;
}
