using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using DeptBudget.Storage;

namespace DeptBudget.Web.Tests.Accounts;

/// <summary>No internal word reaches a user: the history names changes by table, row and column in Chinese with
/// Beijing times; the forms say 增加/减少 and the layout's name.</summary>
public sealed partial class HistoryWordsTests
{
    [GeneratedRegex(@"\$\.|\bUTC\b|\b(?:increase|decrease|unchanged|ownLevelAppropriation|generalPublicBudget|tables|cells)\b")]
    private static partial Regex InternalWords();

    private static string VisibleText(string html) =>
        WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(html, "<(script|style)[\\s\\S]*?</\\1>|<[^>]+>", " "), "\\s+", " "));

    [Theory, MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
    public async Task An_edited_cell_is_named_by_its_table_row_and_column_in_the_history(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.CreateUserAsync("prep", Roles.Preparer, SeedFiles.Department("001"));
        var prep = await app.LoginAsync("prep");
        var (id, revision) = await WithdrawTests.UploadAsync(prep, "001");
        // The first amount cell of a named row, as the document prints it.
        var d = JsonDocument.Parse(await prep.GetStringAsync($"/api/budgets/{id}/disclosure")).RootElement.GetProperty("disclosure");
        var tables = d.GetProperty("tables").EnumerateArray().ToList();
        var (ti, ri, ci) = (from t in Enumerable.Range(0, tables.Count)
                            let rows = tables[t].GetProperty("rows").EnumerateArray().ToList()
                            from r in Enumerable.Range(0, rows.Count)
                            where rows[r].TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String && n.GetString()!.Length > 1
                            let cells = rows[r].GetProperty("cells").EnumerateArray().ToList()
                            from c in Enumerable.Range(0, cells.Count)
                            where decimal.TryParse(cells[c].GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) && v > 0
                               && c < tables[t].GetProperty("columns").GetArrayLength()
                               && tables[t].GetProperty("columns")[c].GetProperty("header").GetString()!.Length > 0
                            select (t, r, c)).First();
        var table = tables[ti];
        var row = table.GetProperty("rows")[ri];
        var before = row.GetProperty("cells")[ci].GetString()!;
        var after = (decimal.Parse(before, CultureInfo.InvariantCulture) + 1m).ToString(CultureInfo.InvariantCulture);
        var saved = await TestApp.PostFormAsync(prep, $"/budgets/{id}/edit",
            new() { ["revision"] = revision.ToString(CultureInfo.InvariantCulture), [$"cell.{ti}.{ri}.{ci}"] = after, ["note"] = "改一个数" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var history = VisibleText(await prep.GetStringAsync($"/budgets/{id}/history"));
        var place = $"附表「{table.GetProperty("title").GetString()}」 › 「{row.GetProperty("name").GetString()}」行 › 「{table.GetProperty("columns")[ci].GetProperty("header").GetString()}」栏";
        Assert.Contains($"{place} {before} {after}", history);
        Assert.Contains("北京时间", history);
        Assert.Contains("修改", history);
        Assert.DoesNotMatch(InternalWords(), history);
        // The stored time, shown at UTC+8.
        var at = (await app.WithStoreAsync(s => s.AuditAsync(id)))[0].At;
        Assert.Contains(DateTime.SpecifyKind(at, DateTimeKind.Utc).AddHours(8).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), history);
    }

    [Fact]
    public async Task The_edit_and_data_forms_use_Chinese_words_not_codes()
    {
        await using var app = await TestApp.StartAsync();
        await app.CreateUserAsync("prep", Roles.Preparer, SeedFiles.Department("001"));
        var prep = await app.LoginAsync("prep");
        var (id, _) = await WithdrawTests.UploadAsync(prep, "001");
        var record = await app.WithStoreAsync(s => s.GetAsync(id, new Access("t", true, [])));
        var edit = VisibleText(await prep.GetStringAsync($"/budgets/{id}/edit"));
        Assert.DoesNotMatch(@"\b(?:increase|decrease|unchanged)\b", edit);
        var data = VisibleText(await prep.GetStringAsync($"/budgets/{id}/data"));
        Assert.DoesNotContain($"“{record!.Layout}”", data);
        Assert.Contains("格式", data);
    }
}
