using DeptBudget.Model;
using DeptBudget.Web.Services;

namespace DeptBudget.Web.Pages;

public sealed record FindingsView(Disclosure Disclosure, IReadOnlyList<FindingView> Findings, bool Live);
