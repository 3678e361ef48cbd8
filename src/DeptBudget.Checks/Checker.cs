using DeptBudget.Checks.Rules;
using DeptBudget.Model;

namespace DeptBudget.Checks;

/// <summary>Runs every rule over a disclosure and collects all findings; one failing rule never hides the others.</summary>
public sealed class Checker(IReadOnlyList<IRule> rules)
{
    /// <summary>Every rule, in the order reports list them. A plain list: adding a rule means adding it here.</summary>
    public static IReadOnlyList<IRule> AllRules { get; } =
    [
        new C1_Completeness(),
        new I1_SumsWithinTables(), new I2_GrandTotals(), new I3_RevenueAndExpenditureAgree(), new I4_ExpenditureByScope(),
        new I5_AppropriationAgrees(), new I6_BasicExpenditureAgrees(), new I7_EconomicSummaryAgrees(), new I8_ThreePublicExpenses(),
        new I9_ProjectsAgree(), new I10_OtherTotals(),
        new K1_KnownCodes(), new K2_CatalogueNames(), new K3_EconomicPairs(),
        new N1_NarrativeAmounts(), new N2_Shares(), new N3_YearOnYear(), new N4_AgencyOperatingCost(),
        new N5_StatedRates(), new N6_OneItemOneAmount(), new N7_ItemTextMatchesItem(),
        new P1_ProjectsHaveTargets(), new P2_IndicatorsWellFormed(), new P3_CostPlausible(),
        new T1_YearResidue(), new T2_TemplateResidue(), new T3_EmptyReason(), new T4_Punctuation(), new T5_OldClassNames(),
        new T6_UnitWording(), new T7_RequiredParts(), new T8_DepartmentName(), new X1_SameFigureSamePrint(),
    ];

    public static Checker Default { get; } = new(AllRules);

    public IReadOnlyList<IRule> Rules { get; } = rules;

    public CheckReport Check(Disclosure disclosure)
    {
        var context = new CheckContext(disclosure);
        var findings = new List<Finding>();
        foreach (var rule in Rules)
        {
            try { findings.AddRange(rule.Check(context)); }
            catch (Exception e)
            {
                // A rule that breaks on odd input says so; the other rules still run.
                findings.Add(new Finding(rule.Id, Severity.Warning, FindingLocation.Document, null, e.GetType().Name,
                    $"{rule.TitleZh}：检查时出错，未能完成（{e.Message}）"));
            }
        }
        var titles = Rules.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First().TitleZh);
        // Findings from a misread table collapsed into one info first, then each at its page and box on the original
        // PDF, where the reader kept positions.
        return new CheckReport(disclosure.Meta.SourceFile, disclosure.Meta.Department, disclosure.Meta.Year, disclosure,
            Places.FindingPlaces.Locate(disclosure, MisreadTables.Collapse(disclosure, findings, titles)));
    }
}

/// <summary>The findings of one disclosure and the disclosure they point into (for the HTML report).</summary>
public sealed record CheckReport(string? Source, string Department, int Year, Disclosure? Disclosure, IReadOnlyList<Finding> Findings)
{
    public int Errors => Findings.Count(f => f.Severity == Severity.Error);
    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);
    public int Infos => Findings.Count(f => f.Severity == Severity.Info);

    /// <summary>0 when there is no error, 1 otherwise (2, input unusable, is decided before checking).</summary>
    public int ExitCode => Errors > 0 ? 1 : 0;
}
