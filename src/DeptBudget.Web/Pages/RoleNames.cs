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

    public static string StatusClass(BudgetStatus s) => "badge s-" + s.ToString().ToLowerInvariant();

    public static string ScopeLabel(string scope) => scope == "department" ? "部门预算" : "单位预算";
}
