using DeptBudget.Model;
using DeptBudget.Storage;

namespace DeptBudget.Web.Pages;

public static class RoleNames
{
    public static string Label(string role) => role switch
    {
        Roles.Admin => "管理员",
        Roles.Preparer => "编制人员",
        Roles.Reviewer => "审核人员",
        _ => role,
    };

    /// <summary>A layout id (henan-2024) as users know it: 河南格式（2024）, the place being the first word of the layout
    /// family's description (Model/Layouts/*.json); unknown ids stay as they are.</summary>
    public static string LayoutLabel(string layout)
    {
        var parts = layout.Split('-');
        var place = DeptBudget.Model.Layouts.LayoutTables.For(layout)?.Description.Split(' ')[0];
        var family = place is null ? null : DisclosureMeta.IsFinalAccountsLayout(layout) ? place + "决算" : place;
        var year = parts.LastOrDefault(p => p.Length == 4 && p.All(char.IsAsciiDigit));
        return family is null ? layout : year is null ? family + "格式" : $"{family}格式（{year}）";
    }

    public static string StatusClass(BudgetStatus s) => "badge s-" + s.ToString().ToLowerInvariant();

    /// <summary>部门预算, 单位预算, or 部门决算 / 单位决算 for final accounts (上海 shanghai-final-2024).</summary>
    public static string ScopeLabel(string scope, string layout) =>
        (scope == "department" ? "部门" : "单位") + (DisclosureMeta.IsFinalAccountsLayout(layout) ? "决算" : "预算");
}

/// <summary>Times are stored in UTC and shown in China Standard Time (UTC+8, no daylight saving).</summary>
public static class ChinaTime
{
    public static string Format(DateTime utc) =>
        (DateTime.SpecifyKind(utc, DateTimeKind.Utc) + TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm");
}
