using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Tables;

/// <summary>The lines of one table in the document: its title line and everything up to the next table or heading.</summary>
public sealed record TableBlock(string Id, string Title, int? Number, int TitleLine, IReadOnlyList<SourceLine> Lines);
