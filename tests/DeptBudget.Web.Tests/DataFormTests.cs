using System.Net;
using System.Text.RegularExpressions;
using DeptBudget.Storage;

namespace DeptBudget.Web.Tests;

public sealed partial class DataFormTests
{
    /// <summary>The value of the selected option of a select named <paramref name="name"/>, or null when none is selected.</summary>
    private static string? Selected(string html, string name)
    {
        var select = Regex.Match(html, $"<select name=\"{Regex.Escape(name)}\"[^>]*>(.*?)</select>", RegexOptions.Singleline);
        Assert.True(select.Success, $"no select {name}");
        var option = SelectedOption().Match(select.Groups[1].Value);
        return option.Success ? System.Net.WebUtility.HtmlDecode(option.Groups[1].Value) : null;
    }

    [GeneratedRegex("<option value=\"([^\"]*)\" selected=\"selected\"")]
    private static partial Regex SelectedOption();

    [Fact]
    public async Task After_a_refused_save_the_dropdowns_keep_what_the_user_chose()
    {
        await using var app = await TestApp.StartAsync();
        await app.CreateUserAsync("prep", Roles.Preparer, "测试县医疗保障局");
        var prep = await app.LoginAsync("prep");
        var created = await TestApp.PostFormAsync(prep, "/upload?handler=Blank",
            new() { ["department"] = "测试县医疗保障局", ["year"] = "2025", ["scope"] = "Unit", ["layout"] = "henan-2024" }, "/upload");
        var dataUrl = created.Headers.Location!.ToString();

        // Neither choice is the first option of its list; the project amount is refused by the server.
        var refused = await TestApp.PostFormAsync(prep, dataUrl, new()
        {
            ["revision"] = "1", ["unit.0.code"] = "901001", ["unit.0.name"] = "测试县医疗保障局",
            ["rev.0.unit"] = "901001", ["rev.0.source"] = "governmentFundBudget", ["rev.0.amount"] = "10",
            ["prj.0.name"] = "医疗救助", ["prj.0.kind"] = "特定目标类", ["prj.0.unit"] = "901001", ["prj.0.amount"] = "abc",
            ["ind.0.project"] = "医疗救助", ["ind.0.level1"] = "产出指标", ["ind.0.level2"] = "数量指标", ["ind.0.name"] = "救助人次", ["ind.0.value"] = "≥1000人次",
        });
        Assert.Equal(422, (int)refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("最多两位小数", html);
        Assert.Equal("governmentFundBudget", Selected(html, "rev.0.source"));
        Assert.Equal("特定目标类", Selected(html, "prj.0.kind"));
        Assert.Null(Selected(html, "rev.1.source"));        // an untouched blank row stays blank
        Assert.Contains("name=\"ind.0.level1\" value=\"产出指标\"", html);
        Assert.Contains("name=\"ind.0.level2\" value=\"数量指标\"", html);

        // Fresh page: the stored (empty) budget, nothing carried from the refused post.
        var fresh = await prep.GetStringAsync(dataUrl);
        Assert.Null(Selected(fresh, "rev.0.source"));
    }
}
