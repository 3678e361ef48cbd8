using System.Text.RegularExpressions;
using DeptBudget.Model;

namespace DeptBudget.Checks.Rules;

/// <summary>I10: 政府采购 = 货物 + 工程 + 服务 (and = the procurement table); 车辆总数 = Σ kinds; 专项转移支付 count and total = the listed items.</summary>
public sealed partial class I10_OtherTotals : Rule
{
    public override string Id => "I10";
    public override string TitleZh => "政府采购、国有资产、专项转移支付合计与分项一致";

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var facts = context.Budget.Facts;
        var procurement = Section(context, "政府采购");
        var assets = Section(context, "国有资产");
        var transfers = Section(context, "专项转移支付");

        if (facts.Procurement is { } p)
        {
            var sum = p.Goods + p.Works + p.Services;
            if (CheckContext.Differs(sum, p.Total, 3))
                yield return Make(procurement, CheckContext.Amount(sum), CheckContext.Amount(p.Total),
                    $"政府采购预算 {CheckContext.Amount(p.Total)} 应等于货物 {CheckContext.Amount(p.Goods)} + 工程 {CheckContext.Amount(p.Works)} + 服务 {CheckContext.Amount(p.Services)} = {CheckContext.Amount(sum)}，{CheckContext.Diff(sum, p.Total)}");
            if (context.TableWithData(TableIds.GovernmentProcurement) is { } tp && Tables.TotalOf(tp, AmountKeys.Total) is { } tt && CheckContext.Differs(tt, p.Total, 1))
                yield return Make(procurement, CheckContext.Amount(tt), CheckContext.Amount(p.Total),
                    $"说明中的政府采购预算 {CheckContext.Amount(p.Total)} 与政府采购预算表合计 {CheckContext.Amount(tt)} 不一致，{CheckContext.Diff(tt, p.Total)}");
        }
        else yield return CannotRun("未读到政府采购预算金额");

        if (facts.Assets is { VehicleTotal: { } vt } a && a.VehiclesByKind.Count > 0)
        {
            var sum = a.VehiclesByKind.Values.Sum();
            if (sum != vt)
                yield return Make(assets, sum.ToString(), vt.ToString(),
                    $"车辆总数 {vt} 辆应等于各类车辆之和 {string.Join(" + ", a.VehiclesByKind.Select(k => $"{k.Key} {k.Value}"))} = {sum} 辆");
        }
        else yield return CannotRun("未读到国有资产占用的车辆数");

        foreach (var f in Transfers(context, transfers)) yield return f;
    }

    private IEnumerable<Finding> Transfers(CheckContext context, FindingLocation where)
    {
        var items = context.Budget.Facts.SpecialTransfers;
        var text = SectionText(context, "专项转移支付");
        if (text is null) yield break;
        var count = CountRegex().Match(text);
        if (count.Success && ChineseNumber(count.Groups[1].Value) is { } n && items.Count > 0 && n != items.Count)
            yield return Make(where with { Text = count.Value }, items.Count.ToString(), n.ToString(),
                $"说明称专项转移支付项目共 {n} 项，实际列出 {items.Count} 项：{string.Join("、", items.Select(i => i.Name))}");
        var total = TotalRegex().Match(text);
        if (total.Success && items.Count > 0 && decimal.TryParse(total.Groups[1].Value.Replace(",", ""), out var t))
        {
            var sum = items.Sum(i => i.Amount);
            if (CheckContext.Differs(sum, t, items.Count))
                yield return Make(where with { Text = total.Value }, CheckContext.Amount(sum), CheckContext.Amount(t),
                    $"专项转移支付合计 {CheckContext.Amount(t)} 应等于所列各项之和 {CheckContext.Amount(sum)}，{CheckContext.Diff(sum, t)}");
        }
    }

    internal static FindingLocation Section(CheckContext context, string word)
    {
        var s = context.Disclosure.Narrative.Sections.FirstOrDefault(x => x.Title.Contains(word));
        return FindingLocation.InSection(s?.Title ?? word, null);
    }

    private static string? SectionText(CheckContext context, string word) =>
        context.Disclosure.Narrative.Sections.FirstOrDefault(x => x.Title.Contains(word)) is { } s ? string.Join("", s.Paragraphs) : null;

    public static int? ChineseNumber(string s)
    {
        if (int.TryParse(s, out var v)) return v;
        var total = 0; var cur = 0;
        foreach (var c in s)
        {
            var d = "零一二三四五六七八九".IndexOf(c);
            if (c == '两') d = 2;
            if (d >= 0) cur = d;
            else if (c == '十') { total += (cur == 0 ? 1 : cur) * 10; cur = 0; }
            else return null;
        }
        return total + cur;
    }

    [GeneratedRegex("共有?([0-9一二两三四五六七八九十]+)[项个]")]
    private static partial Regex CountRegex();

    [GeneratedRegex("(?:合计|共计|总额)[为]?([0-9,]+(?:\\.[0-9]+)?)万元")]
    private static partial Regex TotalRegex();
}
