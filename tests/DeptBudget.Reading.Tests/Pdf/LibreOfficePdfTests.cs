using System.Diagnostics;
using System.Net;
using System.Text;
using DeptBudget.Model;
using DeptBudget.Reading.Tests.Seeds;
using static DeptBudget.Model.AmountKeys;
using SeedFiles = DeptBudget.Testing.Seeds;

namespace DeptBudget.Reading.Tests.Pdf;

/// <summary>
/// Seed 001 laid out by a tool other than ours: an HTML file with real tables converted to PDF by
/// LibreOffice (soffice --headless --convert-to pdf, installed by scripts/test.sh), then read from word
/// positions. Tables are recognised by meaning; figures typed from seed 001 must come back.
/// </summary>
public sealed class LibreOfficePdfFixture : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("deptbudget-lo").FullName;
    public Disclosure Disclosure { get; }

    public LibreOfficePdfFixture()
    {
        var html = Path.Combine(dir, "xixia.html");
        File.WriteAllText(html, Html(SeedFiles.Text(SeedFiles.Xixia2024)), Encoding.UTF8);
        var psi = new ProcessStartInfo("soffice", ["--headless", $"-env:UserInstallation=file://{dir}/profile", "--convert-to", "pdf", "--outdir", dir, html])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        using (var p = Process.Start(psi) ?? throw new InvalidOperationException("soffice did not start (apt-get install -y libreoffice-writer-nogui)"))
            if (!p.WaitForExit(TimeSpan.FromMinutes(4))) { p.Kill(true); throw new TimeoutException("soffice took over 4 minutes"); }
        Disclosure = DisclosureReader.ReadFile(Path.Combine(dir, "xixia.pdf"));
    }

    private static string Html(string text)
    {
        var sb = new StringBuilder("<html><head><meta charset=\"utf-8\"><style>body{font-size:9pt} td{border:1px solid #000;padding:2px}</style></head><body>\n");
        var inTable = false;
        foreach (var line in text.Split('\n'))
        {
            var cells = line.TrimEnd('\r').Split('\t');
            if (cells.Length == 1) { if (inTable) sb.Append("</table>\n"); inTable = false; sb.Append("<p>").Append(WebUtility.HtmlEncode(cells[0])).Append("</p>\n"); continue; }
            if (!inTable) sb.Append("<table cellspacing=\"0\">\n");
            inTable = true;
            sb.Append("<tr>").AppendJoin("", cells.Select(c => "<td>" + WebUtility.HtmlEncode(c) + "</td>")).Append("</tr>\n");
        }
        return sb.Append(inTable ? "</table>" : "").Append("</body></html>").ToString();
    }

    public void Dispose() { try { Directory.Delete(dir, true); } catch (IOException) { } }
}

public class LibreOfficePdfTests(LibreOfficePdfFixture f) : IClassFixture<LibreOfficePdfFixture>
{
    private Disclosure D => f.Disclosure;

    [Fact]
    public void Every_table_of_the_seed_is_recognised()
    {
        Assert.Equal("西峡县医疗保障局", D.Meta.Department);
        Assert.Equal(2024, D.Meta.Year);
        Assert.Equal(
            [TableIds.RevenueExpenditureSummary, TableIds.RevenueSummary, TableIds.ExpenditureSummary, TableIds.AppropriationSummary,
             TableIds.GeneralBudgetExpenditure, TableIds.GeneralBudgetBasicExpenditure, TableIds.EconomicClassificationSummary,
             TableIds.ThreePublicExpenses, TableIds.GovernmentFundExpenditure, TableIds.ProjectExpenditure],
            D.Tables.Select(t => t.Id).Take(10));
    }

    [Fact]
    public void Revenue_expenditure_summary_figures()
    {
        var t = D.Get(TableIds.RevenueExpenditureSummary);
        Assert.Equal(10902.00m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "一、一般公共预算"), Revenue));
        Assert.Equal(9948.00m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "其中：财政拨款"), Revenue));
    }

    [Fact]
    public void Totals_of_the_classification_tables()
    {
        var basic = D.Get(TableIds.GeneralBudgetBasicExpenditure).TotalRow();
        Assert.Equal(["519.30", "487.64", "31.66"], basic.Cells.Where(c => c.Contains('.')));
        var expenditure = D.Get(TableIds.ExpenditureSummary).TotalRow();
        Assert.Equal("10902.00", expenditure.Cells.First(c => c.Contains('.')));
        Assert.Contains("10382.70", expenditure.Cells);
    }

    [Fact]
    public void Three_public_expenses_and_empty_fund_table()
    {
        var row = Assert.Single(D.Get(TableIds.ThreePublicExpenses).Rows);
        Assert.Equal("8.00", row.Cells.First(c => c.Length > 0));
        Assert.Contains("没有政府性基金预算支出", D.Get(TableIds.GovernmentFundExpenditure).EmptyNote);
    }
}
