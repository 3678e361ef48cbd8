using DeptBudget.Model;
using DeptBudget.Reading;
using DeptBudget.Testing;

namespace DeptBudget.Checks.Tests;

/// <summary>
/// The rules on sentences and text (N5, N6, T1–T7) and the same-figure rule X1, on the published 上海 PDFs and the
/// seeds; a defect not in a document is made by changing one printed sentence of it.
/// </summary>
public class TextRuleTests
{
    private static readonly Lazy<Disclosure> Wanli2024 = new(() => DisclosureReader.ReadFile(Seeds.RealDoc("shanghai-putuo-wanli-2024-department-budget.pdf")));
    private static readonly Lazy<Disclosure> Wanli2025 = new(() => DisclosureReader.ReadFile(Seeds.RealDoc("shanghai-putuo-wanli-2025-department-budget.pdf")));
    private static readonly Lazy<Disclosure> Finance2024 = new(() => DisclosureReader.ReadFile(Seeds.RealDoc("shanghai-putuo-finance-bureau-2024-department-final-accounts.pdf")));
    private static readonly Lazy<Disclosure> OfficeUnit2025 = new(() => DisclosureReader.ReadFile(Seeds.RealDoc("shanghai-putuo-government-office-2025-unit-budget.pdf")));

    private static List<Finding> Run(Disclosure d, string rule) =>
        Checker.Default.Check(d).Findings.Where(f => f.Rule == rule && f.Severity != Severity.Info).ToList();

    private static Disclosure Edit(Disclosure d, string from, string to)
    {
        Assert.Contains(d.Narrative.Sections, s => s.Paragraphs.Any(p => p.Contains(from)));
        return d with { Narrative = new Narrative(d.Narrative.Sections.Select(s => s with { Paragraphs = s.Paragraphs.Select(p => p.Replace(from, to)).ToList() }).ToList()) };
    }

    [Fact]
    public void N6_an_item_stated_350_35_and_later_352_67_is_one_item_with_two_amounts()
    {
        // 万里 2024 item 31: “住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元 … 2023年当年预算执行数为
        // 348.52万元，2024年预算安排352.67万元，比2023年预算执行数增加0.53% — the PDF breaks the sentence after 为.
        var f = Assert.Single(Run(Wanli2024.Value, "N6"));
        Assert.Equal(("350.35", "352.67"), (f.Expected, f.Actual));
        // The rate fits 350.35 (1.83 ÷ 348.52 = 0.525%): no second finding of a wrong rate.
        Assert.DoesNotContain(Run(Wanli2024.Value, "N5"), x => x.Actual == "0.53%");
    }

    [Fact]
    public void N5_a_rate_from_a_zero_base_and_a_reason_naming_the_opposite_change_are_reported()
    {
        var n5 = Run(Wanli2024.Value, "N5");
        // item 9: 2023年当年预算执行数为0.00万元，2024年预算安排25.00万元，比2023年预算执行数增加100.00%.
        Assert.Contains(n5, f => f.Actual == "100.00%" && f.Location.Text!.Contains("0.00万元"));
        // item 4: 114.00 → 110.60, 减少2.98%, 主要原因是：宣传事务一般行政管理事务经费增加.
        Assert.Contains(n5, f => f.Actual == "宣传事务一般行政管理事务经费增加");
        Assert.Equal(2, n5.Count);
    }

    [Fact]
    public void N5_recomputes_a_rate_and_holds_the_direction_word_to_the_two_stated_figures()
    {
        // item 2: 45.41 → 42.60 is 减少6.19% (2.81 ÷ 45.41 = 6.188%).
        var wrongRate = Run(Edit(Wanli2024.Value, "减少6.19%", "减少7.19%"), "N5");
        Assert.Contains(wrongRate, f => (f.Expected, f.Actual) == ("6.19%", "7.19%"));
        var wrongWord = Run(Edit(Wanli2024.Value, "减少6.19%", "增加6.19%"), "N5");
        Assert.Contains(wrongWord, f => (f.Expected, f.Actual) == ("减少", "增加"));
    }

    [Fact]
    public void N5_final_accounts_budget_and_outturn_sentences_agree_and_a_wrong_comparison_word_is_found()
    {
        // 年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。决算数小于预算数… (2940.05 ÷ 2993.92 = 98.20%).
        // The one N5 finding of the document as published is 说明 四's 持平 explained by a decrease (labelled true).
        Assert.All(Run(Finance2024.Value, "N5"), f => Assert.Equal("原因与“持平”一致", f.Expected));
        var edited = Edit(Finance2024.Value, "完成年初预算的98.20%。决算数小于预算数", "完成年初预算的98.60%。决算数大于预算数");
        var n5 = Run(edited, "N5");
        Assert.Contains(n5, f => (f.Expected, f.Actual) == ("98.20%", "98.60%"));
        Assert.Contains(n5, f => f.Expected == "决算数小于预算数");
    }

    [Fact]
    public void X1_a_class_total_printed_326_71_in_two_tables_and_326_72_in_the_others_is_found()
    {
        var f = Assert.Single(Run(Finance2024.Value, "X1"));
        Assert.Equal(("326.72", "326.71"), (f.Expected, f.Actual));
        Assert.Contains("208", f.Message);
        Assert.Empty(Run(Wanli2024.Value, "X1"));
    }

    [Fact]
    public void T1_a_2025_budget_comparing_with_2023_is_year_residue_and_its_asset_date_of_2024_is_not()
    {
        Assert.Empty(Run(Wanli2025.Value, "T1")); // 截至2024年8月31日 in a 2025 budget is the template's date
        var edited = Edit(Wanli2025.Value, "比2024年预算", "比2023年预算");
        Assert.Contains(Run(edited, "T1"), f => f.Actual == "比2023年");
        Assert.Contains(Run(Edit(Wanli2025.Value, "截至2024年8月31日", "截至2022年8月31日"), "T1"), f => f.Actual == "截至2022年");
        // A final account of 2024 counts its assets at the end of 2024.
        Assert.Empty(Run(Finance2024.Value, "T1"));
    }

    [Fact]
    public void T2_the_final_accounts_template_is_full_of_placeholders_and_the_published_documents_have_none()
    {
        var d = DisclosureReader.ReadFile(Seeds.RealDoc("shanghai-department-final-accounts-template-2024.pdf"));
        Assert.Contains(Run(d, "T2"), f => f.Actual == "XX局");
        Assert.Empty(Run(Wanli2024.Value, "T2"));
        Assert.Empty(Run(Finance2024.Value, "T2"));
    }

    [Fact]
    public void T3_an_empty_reason_is_found_and_a_reason_with_words_is_not()
    {
        Assert.Empty(Run(Wanli2024.Value, "T3"));
        var edited = Edit(Wanli2024.Value, "主要原因是：项目调整。", "主要原因是：。");
        Assert.NotEmpty(Run(edited, "T3"));
    }

    [Fact]
    public void T4_doubled_full_stops_in_the_seeds_are_found_and_a_bracket_closed_in_the_next_paragraph_is_not()
    {
        Assert.Contains(Run(DisclosureReader.ReadFile(Seeds.PathOf(Seeds.Hua2024)), "T4"), f => f.Actual == "。。");
        Assert.Contains(Run(DisclosureReader.ReadFile(Seeds.PathOf(Seeds.Xixia2024)), "T4"), f => f.Actual == "。；");
        Assert.Empty(Run(DisclosureReader.ReadFile(Seeds.RealDoc("shanghai-department-final-accounts-template-2024.pdf")), "T4"));
        Assert.Contains(Run(Edit(Wanli2024.Value, "“一般公共服务支出（类）统计信息事务", "一般公共服务支出（类）统计信息事务"), "T4"), f => f.Actual == "”");
    }

    [Fact]
    public void T5_a_2024_table_listing_classes_of_the_old_catalogue_is_found()
    {
        // 000's 财政拨款收支预算表: （九）医疗卫生与计划生育支出 beside （十）卫生健康支出.
        var t5 = Run(DisclosureReader.ReadFile(Seeds.PathOf(Seeds.Longting2024)), "T5");
        Assert.Contains(t5, f => f.Actual == "医疗卫生与计划生育支出" && f.Expected == "卫生健康支出");
        Assert.Empty(Run(DisclosureReader.ReadFile(Seeds.PathOf(Seeds.Luolong2021)), "T5")); // 002 prints 卫生健康支出
    }

    [Fact]
    public void T6_a_unit_budget_speaking_of_its_department_is_found_but_not_its_classification_names()
    {
        Assert.Equal(BudgetScope.Unit, OfficeUnit2025.Value.Meta.Scope);
        Assert.Empty(Run(OfficeUnit2025.Value, "T6"));
        var para = OfficeUnit2025.Value.Narrative.Sections.SelectMany(s => s.Paragraphs).First(p => p.Contains("本单位"));
        var edited = Edit(OfficeUnit2025.Value, para, para.Replace("本单位", "本部门"));
        Assert.Contains(Run(edited, "T6"), f => f.Actual == "本部门");
        Assert.Empty(Run(Wanli2024.Value, "T6")); // a department document
    }

    [Fact]
    public void T7_a_document_without_its_procurement_part_is_found_and_the_whole_documents_pass()
    {
        foreach (var d in new[] { Wanli2024.Value, Wanli2025.Value, Finance2024.Value, OfficeUnit2025.Value })
            Assert.Empty(Run(d, "T7"));
        var d2 = Wanli2025.Value;
        var cut = d2 with { Narrative = new Narrative(d2.Narrative.Sections.Where(s => !(s.Title + string.Join("", s.Paragraphs)).Contains("政府采购")).ToList()) };
        Assert.Contains(Run(cut, "T7"), f => f.Expected == "政府采购");
    }

    [Fact]
    public void T7_a_part_titled_jigou_bianzhi_is_the_organisation_part()
    {
        // 深圳市统计局 2026: 第一部分 二、机构编制 — 我单位 2025 年度独立编制机构数 1 个，独立核算机构数 1 个。
        var d = DisclosureReader.ReadFile(Seeds.RealDoc("china/guangdong-shenzhen-tjj-2026-budget.pdf"));
        Assert.DoesNotContain(Run(d, "T7"), f => f.Expected == "机构设置");
        var cut = d with { Narrative = new Narrative(d.Narrative.Sections.Select(s => s with
        {
            Title = s.Title.Replace("机构编制", "人员情况"),
            Paragraphs = s.Paragraphs.Select(p => p.Replace("机构编制", "人员情况").Replace("编制机构数", "人员数").Replace("核算机构数", "核算数")).ToList(),
        }).ToList()) };
        Assert.Contains(Run(cut, "T7"), f => f.Expected == "机构设置");
    }

    [Fact]
    public void T4_a_bracket_inside_a_sentence_that_ends_with_a_full_stop_is_reported_and_a_note_after_a_sentence_is_not()
    {
        // 广州市发展和改革委员会 2026 说明 二 (p. 30–31 of the PDF).
        const string p = "公务用车购置及运行维护费6.54万元（公务用车购置费0万元，比上年增加0万元；公务用车运行维护费6.54万元，比上年减少14.85万元。）比上年减少14.85万元，下降69.4%。";
        var found = Build.Run(new DeptBudget.Checks.Rules.T4_Punctuation(), Build.Disclosure(sections: [Build.Section("二、“三公”经费安排情况", p)]));
        var f = Assert.Single(found, x => x.Expected == "句内括号不以句号结尾");
        Assert.Equal("。）", f.Actual);
        Assert.Empty(Build.Run(new DeptBudget.Checks.Rules.T4_Punctuation(), Build.Disclosure(sections: [Build.Section("二、“三公”经费安排情况", p.Replace("万元。）比上年", "万元）比上年"))])));
        // A bracket after a finished sentence is a note of its own and may end with 。.
        const string note = "本部门无政府性基金预算支出。（注：本表为空表。）下同。";
        Assert.Empty(Build.Run(new DeptBudget.Checks.Rules.T4_Punctuation(), Build.Disclosure(sections: [Build.Section("十、其他重要事项情况说明", note)])));
    }
}
