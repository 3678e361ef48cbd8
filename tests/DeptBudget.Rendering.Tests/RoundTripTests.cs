using System.Text.Json;
using System.Text.Json.Nodes;
using DeptBudget.Model;
using DeptBudget.Model.Json;
using DeptBudget.Reading;
using DeptBudget.Rendering.Layouts;
using DeptBudget.Rendering.Writers;
using DeptBudget.Testing;

namespace DeptBudget.Rendering.Tests;

/// <summary>
/// Consistent by construction: a seed read, rendered to HTML in its province's layout, and the HTML's
/// text read again gives the same budget.
/// </summary>
public class RoundTripTests
{
    [Theory]
    [InlineData(Seeds.Longting2024, "henan-2024")]
    [InlineData(Seeds.Xixia2024, "henan-2024")]
    [InlineData(Seeds.Lanshan2024, "shandong-2024")]
    [InlineData(Seeds.Luolong2021, "luoyang-2021")]
    [InlineData(Seeds.Hua2024, "henan-2024")]
    public void Read_render_read_gives_the_same_tables_facts(string seed, string layout) =>
        RoundTrip(seed, layout, withNarrativeFacts: false);

    // The narrative's year-on-year statements come back only where the reader names their subject the
    // same way from our sentences as from the seed's; henan-2024 words them as 000 or as 001 does, by what
    // the budget states (收、支总计各 … or 收入 …). shandong-2024 lists 003's changes by source and kind
    // (1. 收入预算增加…，其中：… 2. 支出预算增加…) and their reason in a sentence of its own, as 003 does.
    [Theory]
    [InlineData(Seeds.Xixia2024, "henan-2024")]
    [InlineData(Seeds.Luolong2021, "luoyang-2021")]
    [InlineData(Seeds.Longting2024, "henan-2024")]
    [InlineData(Seeds.Lanshan2024, "shandong-2024")]
    [InlineData(Seeds.Hua2024, "henan-2024")]
    public void Read_render_read_gives_the_same_budget(string seed, string layout) =>
        RoundTrip(seed, layout, withNarrativeFacts: true);

    private static void RoundTrip(string seed, string layout, bool withNarrativeFacts)
    {
        var first = DisclosureReader.ReadText(Seeds.Text(seed), seed);
        var rendered = DisclosureRenderer.Render(first, Layout.Load(layout));
        var text = HtmlText.ToText(HtmlWriter.Write(rendered));
        File.WriteAllText($"/tmp/roundtrip-{seed}.txt", text);
        var second = DisclosureReader.ReadText(text, seed + ".html");
        var a = Json(withNarrativeFacts ? first.Budget : first.Budget with { Facts = NarrativeFacts.None });
        var b = Json(withNarrativeFacts ? second.Budget : second.Budget with { Facts = NarrativeFacts.None });
        File.WriteAllText($"/tmp/roundtrip-{seed}.a.json", a);
        File.WriteAllText($"/tmp/roundtrip-{seed}.b.json", b);
        Assert.Equal(a, b);
    }

    /// <summary>
    /// The budget as canonical JSON for comparison: source line numbers dropped (they locate text in
    /// each document), numbers by value (0.00 = 0), and year-on-year statements without a subject left
    /// out — the reader could not say what they are about, so no renderer can state them again.
    /// </summary>
    private static string Json(Budget b)
    {
        // ThisYear is what the sentence states: the source prints its rounded 合计 (10902), the rendering the
        // sum of its lines (10,901.99); the change, rate, direction and reason are compared.
        var facts = b.Facts with { Changes = b.Facts.Changes.Where(c => c.Subject.Length > 0).Select(c => c with { ThisYear = null }).ToList() };
        // 004 has no 项目支出预算表: its projects come from table 12 with 政府预算资金 (财政拨款) only; Henan's table 10
        // splits 本年拨款 by budget and prints it as 一般公共预算 (no other government money in the budget).
        var projects = b.Projects.Select(p => p.Amounts.TryGetValue(AmountKeys.FiscalAppropriation, out var fiscal) && !p.Amounts.ContainsKey(AmountKeys.GeneralPublicBudget)
            ? p with { Amounts = new SortedDictionary<string, decimal>(p.Amounts.Where(kv => kv.Key != AmountKeys.FiscalAppropriation)
                .Append(KeyValuePair.Create(AmountKeys.GeneralPublicBudget, fiscal)).ToDictionary(), StringComparer.Ordinal) }
            : p).ToList();
        var node = JsonSerializer.SerializeToNode(b with { Facts = facts, Projects = projects }, BudgetJson.Options)!;
        return Canonical(node)!.ToJsonString(BudgetJson.Options);
    }

    private static JsonNode? Canonical(JsonNode? n) => n switch
    {
        JsonObject o => new JsonObject(o.Where(kv => kv.Key != "line").Select(kv => KeyValuePair.Create(kv.Key, Canonical(kv.Value)))),
        JsonArray a => new JsonArray(a.Select(Canonical).ToArray()),
        JsonValue v when v.TryGetValue<decimal>(out var d) && v.GetValueKind() == JsonValueKind.Number => JsonValue.Create(d / 1.000000000000000000000000000000000m),
        _ => n?.DeepClone(),
    };
}
