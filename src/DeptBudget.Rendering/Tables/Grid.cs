using DeptBudget.Model;
using DeptBudget.Rendering.Layouts;

namespace DeptBudget.Rendering.Tables;

/// <summary>Fills printed rows cell by cell under the layout's column keys.</summary>
internal sealed class Grid(TableSpec spec)
{
    private static readonly HashSet<string> TextKeys =
    [
        ColumnKeys.CodeClass, ColumnKeys.CodeSection, ColumnKeys.CodeItem, ColumnKeys.Code, ColumnKeys.GovCodeClass,
        ColumnKeys.GovCodeSection, ColumnKeys.GovCode, ColumnKeys.GovName, ColumnKeys.UnitCode, ColumnKeys.Name,
        ColumnKeys.UnitName, ColumnKeys.ProjectKind, ColumnKeys.RevenueGroup, ColumnKeys.RevenueItem, ColumnKeys.ExpenditureItem,
        ColumnKeys.Level1, ColumnKeys.Level2, ColumnKeys.Level3, ColumnKeys.TargetValue, ColumnKeys.Explanation,
        ColumnKeys.Text, "code.name", "govCode.name",
    ];

    /// <summary>Whether a column holds amounts (anything that is not a text key is an amount key).</summary>
    public static bool IsAmount(string key)
    {
        // A repeated meaning is read as key#n (a second name column): the same kind of column as key.
        if (key.IndexOf('#') is > 0 and var hash) key = key[..hash];
        var last = key[(key.LastIndexOf('.') + 1)..];
        return !TextKeys.Contains(key) && !TextKeys.Contains(last) && !key.StartsWith("text", StringComparison.Ordinal);
    }

    /// <summary>Puts a total's label in the layout's column for it (TotalAt), else name, else the first.</summary>
    public Row Label(Row row, string label)
    {
        var at = Spec.TotalAt ?? (Spec.Columns.Any(c => c.Key == ColumnKeys.Name) ? ColumnKeys.Name : Spec.Columns[0].Key);
        return row.Text(at, label);
    }

    public TableSpec Spec { get; } = spec;
    public List<TableRow> Rows { get; } = [];

    public Row Add(RowKind kind, string? code = null, string? name = null, string? unitCode = null) =>
        new(this, kind, code, name, unitCode);

    public string Cell(decimal? value) =>
        value is null || (value == 0m && !Spec.PrintZeros) ? "" : Money.Plain(value.Value);

    public Table Build(RenderContext ctx, int number, string? emptyNote = null)
    {
        var notes = new List<string>();
        if (!Spec.SkipDefaultNotes) notes.AddRange(ctx.Layout.DefaultNotes);
        if (Spec.Notes is not null) notes.AddRange(Spec.Notes.Select(ctx.Fill));
        return new Table(Spec.Id, number, ctx.Fill(Spec.Title), Spec.Columns.Select(c => new Column(c.Key, ctx.Fill(c.Header))).ToList(),
            Rows, notes, emptyNote, 0);
    }

    /// <summary>One row being filled; Done() appends it.</summary>
    internal sealed class Row(Grid grid, RowKind kind, string? code, string? name, string? unitCode)
    {
        private readonly string[] _cells = Enumerable.Repeat("", grid.Spec.Columns.Count).ToArray();

        public Row Text(string key, string? text)
        {
            for (var i = 0; i < _cells.Length; i++) if (grid.Spec.Columns[i].Key == key) _cells[i] = text ?? "";
            return this;
        }

        public Row Amount(string key, decimal? value) => Text(key, grid.Cell(value));

        /// <summary>Every amount column from a function of its key.</summary>
        public Row Amounts(Func<string, decimal?> value)
        {
            for (var i = 0; i < _cells.Length; i++)
                if (IsAmount(grid.Spec.Columns[i].Key)) _cells[i] = grid.Cell(value(grid.Spec.Columns[i].Key));
            return this;
        }

        public Row At(int column, string text) { _cells[column] = text; return this; }

        public void Done() => grid.Rows.Add(new TableRow(kind, code, name, unitCode, _cells, 0));
    }
}
