using System.Security.Claims;
using DeptBudget.Model;
using DeptBudget.Model.Json;
using DeptBudget.Rendering;
using DeptBudget.Rendering.Layouts;
using DeptBudget.Storage;
using DeptBudget.Web.Security;

namespace DeptBudget.Web.Services;

/// <summary>The caller may not do this (HTTP 403).</summary>
public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>A budget loaded for a page or an API answer: the record, its disclosure and findings.</summary>
public sealed record LoadedBudget(BudgetRecord Record, Disclosure Disclosure, IReadOnlyList<FindingView> Findings);

/// <summary>
/// The operations of the application, each checking the caller's rights before it reads or writes:
/// upload, start blank, save an edit, move along the workflow. Pages and API call these.
/// </summary>
public sealed class BudgetService(BudgetStore store, CheckService checks, DeptBudgetSettings settings, ReadGate gate, OriginalFiles originals, Workers.IUploadReader reader)
{
    public async Task<LoadedBudget?> LoadAsync(ClaimsPrincipal user, int id, CancellationToken ct = default)
    {
        var record = await store.GetAsync(id, user.ToAccess(), ct);
        return record is null ? null : new LoadedBudget(record, BudgetJson.Deserialize(record.Json), CheckService.Parse(record.FindingsJson));
    }

    /// <summary>Reads, checks and saves an upload as a draft.</summary>
    public Task<LoadedBudget> UploadAsync(ClaimsPrincipal user, byte[] content, string fileName, CancellationToken ct = default) =>
        UploadAsync(user, [(fileName, content)], ct);

    /// <summary>Reads the files of one disclosure as one, checks it and saves it as a draft; the files are kept as uploaded.</summary>
    public async Task<LoadedBudget> UploadAsync(ClaimsPrincipal user, IReadOnlyList<(string Name, byte[] Content)> files, CancellationToken ct = default)
    {
        var (disclosure, findings, summary) = await gate.RunAsync("user:" + user.NameOf(), () =>
        {
            // The file, or the parts of one disclosure together, in a killable worker (serve); they came in one request,
            // so together they are within the upload limit.
            var d = reader.Read([.. files.Select(f => new Workers.UploadFile(f.Name, f.Content))], settings.Limits.MaxUploadBytes, ct);
            var (f, s) = checks.CheckAndSummarise(d);
            return (d, f, s);
        }, ct);
        Names.Require(disclosure.Meta.Department, "文件中的部门名称", m => new IntakeException(422, m));
        RequirePrepare(user, disclosure.Meta.Department);
        await RequireNewAsync(disclosure.Meta.Department, BudgetStore.UnitNameOf(disclosure), disclosure.Meta.Year, ct);
        var record = await store.CreateAsync(disclosure, summary, user.NameOf(),
            $"上传 {string.Join("、", files.Select(f => Path.GetFileName(f.Name)))}", ct: ct);
        await originals.SaveAsync(record.Id, files, ct);
        return new LoadedBudget(record, disclosure, findings);
    }

    /// <summary>Starts an empty budget in a layout: every table present with no figures yet, the unit named.</summary>
    public async Task<LoadedBudget> CreateBlankAsync(ClaimsPrincipal user, string department, int year, BudgetScope scope, string layoutId,
        CancellationToken ct = default, string? unitName = null, string? unitCode = null)
    {
        department = department.Trim();
        unitName = string.IsNullOrWhiteSpace(unitName) ? department : unitName.Trim();
        unitCode = string.IsNullOrWhiteSpace(unitCode) ? "001" : unitCode.Trim();
        if (department.Length is 0 or > 200) throw new ArgumentException("请填写部门名称（不超过 200 字）");
        if (unitName.Length > 200) throw new ArgumentException("单位名称不超过 200 字");
        Names.Require(department, "部门名称");
        Names.Require(unitName, "单位名称");
        if (unitCode.Length > 32 || !unitCode.All(char.IsAsciiDigit)) throw new ArgumentException($"单位代码“{unitCode}”应为数字");
        if (year is < 2000 or > 2100) throw new ArgumentException("年度应在 2000–2100 之间");
        if (!Layout.Available.Contains(layoutId)) throw new ArgumentException($"没有格式“{layoutId}”");
        RequirePrepare(user, department);
        await RequireNewAsync(department, unitName, year, ct);
        var budget = Budget.Empty(department, year, scope) with { Units = [new BudgetUnit(unitCode, unitName, null)] };
        var disclosure = DisclosureRenderer.Render(budget, Layout.Load(layoutId)).Disclosure;
        var (findings, summary) = checks.CheckAndSummarise(disclosure);
        var record = await store.CreateAsync(disclosure, summary, user.NameOf(), "新建空白预算", ct: ct);
        return new LoadedBudget(record, disclosure, findings);
    }

    /// <summary>This year's draft from a published budget of the same unit (see <see cref="NextYear"/>), in its layout.</summary>
    public async Task<LoadedBudget> CreateNextYearAsync(ClaimsPrincipal user, int lastYearId, CancellationToken ct = default)
    {
        var last = await LoadAsync(user, lastYearId, ct) ?? throw new BudgetNotFoundException(lastYearId);
        if (last.Record.Status != BudgetStatus.Published)
            throw new WorkflowException($"只能从已公开的预算生成下一年度，此预算当前为“{Workflow.Label(last.Record.Status)}”");
        RequirePrepare(user, last.Record.Department);
        var budget = NextYear.From(last.Disclosure.Budget);
        await RequireNewAsync(last.Record.Department, last.Record.UnitName, budget.Year, ct);
        var layoutId = Layout.Available.Contains(last.Disclosure.Meta.Layout) ? last.Disclosure.Meta.Layout : Layout.Available[0];
        // The figures are last year's as they stand, so the totals last year's tables state are printed again (西峡's
        // 10,902.00, not the 10,901.99 its rounded rows add up to: #15 blocker 4); only in the same layout, whose tables they are.
        var stated = layoutId == last.Disclosure.Meta.Layout ? last.Disclosure.Tables : null;
        var disclosure = DisclosureRenderer.Render(budget, Layout.Load(layoutId), null, last.Disclosure.Narrative, stated).Disclosure;
        var (findings, summary) = checks.CheckAndSummarise(disclosure);
        var record = await store.CreateAsync(disclosure, summary, user.NameOf(), $"由 {last.Record.Year} 年已公开预算生成", ct: ct,
            region: last.Record.Region);
        return new LoadedBudget(record, disclosure, findings);
    }

    // One budget per unit and year: a second would split edits and reviews between two records.
    private async Task RequireNewAsync(string department, string unitName, int year, CancellationToken ct)
    {
        if (await store.FindAsync(department, unitName, year, ct) is { } existing)
            throw new WorkflowException($"{unitName} {year} 年的预算已存在（第 {existing} 号），请打开它继续编制");
    }

    /// <summary>Saves a changed disclosure as a new version (drafts only, optimistic concurrency).</summary>
    public async Task<LoadedBudget> SaveAsync(ClaimsPrincipal user, int id, int revision, Disclosure changed, string note, CancellationToken ct = default)
    {
        var current = await store.GetAsync(id, user.ToAccess(), ct) ?? throw new BudgetNotFoundException(id);
        if (!user.CanPrepare(current.Department)) throw new ForbiddenException("您不能修改此单位的预算");
        if (WhyNotEditable(current.Status) is { } why) throw new WorkflowException(why);
        Names.Require(changed.Meta.Department, "部门名称");
        if (changed.Meta.Department != current.Department && !user.CanPrepare(changed.Meta.Department))
            throw new ForbiddenException($"您不负责“{changed.Meta.Department}”");
        var (findings, summary) = checks.CheckAndSummarise(changed);
        var record = await store.UpdateAsync(id, revision, changed, summary, user.NameOf(), note, ct);
        return new LoadedBudget(record, changed, findings);
    }

    public async Task<BudgetRecord> MoveAsync(ClaimsPrincipal user, int id, int revision, BudgetStatus to, string? comment, CancellationToken ct = default)
    {
        var current = await store.GetAsync(id, user.ToAccess(), ct) ?? throw new BudgetNotFoundException(id);
        if (!Workflow.CanMove(current.Status, to))
            throw new WorkflowException($"不能从“{Workflow.Label(current.Status)}”变为“{Workflow.Label(to)}”");
        if (!user.CanMove(current, to)) throw new ForbiddenException($"您不能将此预算设为“{Workflow.Label(to)}”");
        comment = PublishGate.Comment(to, CheckService.Parse(current.FindingsJson), comment);
        return await store.MoveAsync(id, revision, to, user.NameOf(), comment, ct, user.IsWithdrawal(current, to) ? "withdraw" : "status");
    }

    /// <summary>Why a budget in this status cannot be edited, told to its preparer instead of 没有权限; null for a draft.</summary>
    public static string? WhyNotEditable(BudgetStatus status) => status switch
    {
        BudgetStatus.Draft => null,
        BudgetStatus.Submitted => "已提交审核，撤回后才能修改",
        BudgetStatus.Approved => "已审核通过，须审核人员退回修改后才能修改",
        BudgetStatus.Published => "已公开，须管理员撤回为草稿后才能修改",
        _ => $"此预算当前为“{Workflow.Label(status)}”，不能修改",
    };

    private static void RequirePrepare(ClaimsPrincipal user, string department)
    {
        if (!user.CanPrepare(department))
            throw new ForbiddenException(user.IsPreparer()
                ? $"“{department}”不在您负责的单位范围内，请联系管理员"
                : "只有编制人员或管理员可以新建预算");
    }
}
