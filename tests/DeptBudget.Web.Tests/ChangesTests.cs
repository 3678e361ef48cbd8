using DeptBudget.Model;
using DeptBudget.Web.Services;

namespace DeptBudget.Web.Tests;

/// <summary>Comparing a budget's tables with another's: rows by what names them, amounts as figures, new rows apart.</summary>
public sealed class ChangesTests
{
    private static readonly DeptBudget.Model.Disclosure Seed = DeptBudget.Reading.DisclosureReader.ReadFile(SeedFiles.PathOf("001"));

    [Fact]
    public void The_same_document_has_no_changes()
    {
        Assert.All(Changes.Compare(Seed, Seed), c => Assert.Equal(0, c.Count));
    }

    [Fact]
    public void A_changed_amount_is_found_in_its_row_even_when_a_row_was_inserted_above_it()
    {
        var t = Seed.Tables.First(x => x.Rows.Count > 3 && x.Columns.Any(c => DeptBudget.Rendering.Writers.Display.IsAmountColumn(c)));
        var (row, col) = Enumerable.Range(0, t.Rows.Count).SelectMany(r => Enumerable.Range(0, t.Columns.Count).Select(c => (r, c)))
            .Last(x => x.c < t.Rows[x.r].Cells.Count && DeptBudget.Rendering.Writers.Display.Number(t.Columns[x.c], t.Rows[x.r].Cells[x.c]) is not null);
        var cells = t.Rows[row].Cells.ToArray();
        var was = cells[col];
        cells[col] = (decimal.Parse(was, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var rows = t.Rows.ToList();
        rows[row] = rows[row] with { Cells = cells };
        var inserted = new TableRow(RowKind.Detail, null, "新增项目", null, t.Columns.Select((c, i) => i == 0 ? "新增项目" : "").ToList(), 0);
        rows.Insert(0, inserted);
        var now = t with { Rows = rows };

        var changes = Changes.Compare(now, t);
        Assert.Equal([(row + 1, col)], changes.Before.Keys);
        Assert.Equal(was, changes.Before[(row + 1, col)]);
        Assert.Equal([0], changes.NewRows);
    }

    [Fact]
    public void An_amount_printed_with_other_decimals_is_the_same_figure()
    {
        var t = Seed.Tables.First(x => x.Rows.Any(r => r.Cells.Any(c => c.EndsWith(".00"))));
        var rows = t.Rows.Select(r => r with { Cells = r.Cells.Select(c => c.EndsWith(".00") ? c[..^3] : c).ToList() }).ToList();
        Assert.Equal(0, Changes.Compare(t with { Rows = rows }, t).Count);
    }
}
