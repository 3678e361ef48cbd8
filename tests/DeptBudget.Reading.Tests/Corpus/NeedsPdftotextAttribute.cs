using DeptBudget.Reading.Eval;

namespace DeptBudget.Reading.Tests.Corpus;

/// <summary>A theory that needs poppler's pdftotext as its ground truth; skipped, saying so, where it is missing
/// (scripts/test.sh installs poppler-utils).</summary>
public sealed class NeedsPdftotextTheoryAttribute : TheoryAttribute
{
    public NeedsPdftotextTheoryAttribute()
    {
        if (!PrintedAmounts.Available()) Skip = "pdftotext (poppler-utils) is not installed: the corpus is measured against its text; scripts/test.sh installs it";
    }
}

/// <summary>A fact that needs poppler's pdftotext as its ground truth; skipped, saying so, where it is missing.</summary>
public sealed class NeedsPdftotextFactAttribute : FactAttribute
{
    public NeedsPdftotextFactAttribute()
    {
        if (!PrintedAmounts.Available()) Skip = "pdftotext (poppler-utils) is not installed: the corpus is measured against its text; scripts/test.sh installs it";
    }
}
