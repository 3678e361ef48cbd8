namespace DeptBudget.Model.Catalogues;

/// <summary>Which classification (政府收支分类科目) a catalogue holds.</summary>
public enum ClassificationKind
{
    /// <summary>支出功能分类: 类 (Class) / 款 (Section) / 项 (Item).</summary>
    Functional,

    /// <summary>部门预算支出经济分类 (301 工资福利支出 …).</summary>
    DepartmentEconomic,

    /// <summary>政府预算支出经济分类 (501 机关工资福利支出 …).</summary>
    GovernmentEconomic,
}

/// <summary>How far a catalogue row can be trusted.</summary>
public enum EntryStatus
{
    /// <summary>In the national catalogue of that year (财政部《政府收支分类科目》).</summary>
    Official,

    /// <summary>A local sub-item (地方细化科目) printed in a document, not in the national catalogue.</summary>
    Local,

    /// <summary>Believed correct but not verified: the note says what is in doubt.</summary>
    Uncertain,
}

/// <summary>One 科目 of a catalogue: 科目编码 (AccountCode), 科目名称 (AccountName), its status and a note.</summary>
public sealed record CatalogueEntry(AccountCode Code, string Name, EntryStatus Status, string? Note)
{
    /// <summary>1 for 类, 2 for 款, 3 for 项.</summary>
    public int Level => Code.Level;

    public bool IsLocal => Status == EntryStatus.Local;

    /// <summary>True when <paramref name="printedName"/> is the official name, ignoring white space
    /// (PDF extraction breaks names over lines: "财政对城乡居民基本医疗保险基金的补 助").</summary>
    public bool NameMatches(string? printedName) =>
        string.Equals(Normalize(printedName), Normalize(Name), StringComparison.Ordinal);

    internal static string Normalize(string? name)
    {
        if (string.IsNullOrEmpty(name)) return "";
        var chars = new List<char>(name.Length);
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c)) continue;
            chars.Add(c switch { '(' => '（', ')' => '）', _ => c });
        }
        return new string(chars.ToArray());
    }
}

/// <summary>Outcome of looking a code up: known, unknown, or not a code at all. Never thrown, never dropped.</summary>
public enum LookupOutcome
{
    Known,

    /// <summary>Well-formed 科目编码 absent from the catalogue of that year.</summary>
    Unknown,

    /// <summary>Not 3, 5 or 7 digits.</summary>
    Malformed,
}

/// <summary>The answer to one lookup: the text asked for, the catalogue year used and the entry when known.</summary>
public sealed record CodeLookup(string Text, ClassificationKind Kind, int Year, LookupOutcome Outcome, CatalogueEntry? Entry)
{
    public bool IsKnown => Outcome == LookupOutcome.Known;

    public override string ToString() => Outcome switch
    {
        LookupOutcome.Known => $"{Entry!.Code} {Entry.Name}",
        LookupOutcome.Unknown => $"'{Text}' is not in the {Year} {Kind} catalogue",
        _ => $"'{Text}' is not a 科目编码 of 3, 5 or 7 digits",
    };
}
