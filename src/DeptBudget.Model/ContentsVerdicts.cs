namespace DeptBudget.Model;

/// <summary>What became of a table the 目录 lists: found, printed empty with its note, truly absent, or missing.</summary>
public enum ContentsState { Found, Empty, Absent, Missing }

/// <summary>
/// Compares a disclosure's 目录 with the tables read. A listed table is found when a table of its id was read (or,
/// for a title of no known meaning, a table kept under that title); printed empty with its 说明 line (本表无数据) it is
/// empty; not printed but marked empty in the 目录 (是否空表 是, 公开空表理由 不涉及) it is truly absent; else missing.
/// </summary>
public static class ContentsVerdicts
{
    public static ContentsState Of(Disclosure d, ContentsEntry entry)
    {
        var table = entry.TableId is { } id ? d.Table(id) : d.Tables.FirstOrDefault(t => SameTitle(t.Title, entry.Title));
        if (table is not null) return table.Rows.Count == 0 || table.EmptyNote is not null ? ContentsState.Empty : ContentsState.Found;
        return entry.EmptyNote is not null ? ContentsState.Absent : ContentsState.Missing;
    }

    /// <summary>Each 目录 entry with its state, in the 目录's order.</summary>
    public static IReadOnlyList<(ContentsEntry Entry, ContentsState State)> All(Disclosure d) =>
        d.Meta.Contents.Select(e => (e, Of(d, e))).ToList();

    // A printed title holds the 目录's words once its tags and spaces are set aside (预算11表 财政拨款… / 财政拨款…).
    private static bool SameTitle(string? printed, string listed)
    {
        var a = Key(printed ?? ""); var b = Key(listed);
        return b.Length >= 4 && a.Contains(b, StringComparison.Ordinal);
    }

    private static string Key(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
}
