namespace DeptBudget.Reading.Tests.Pdf;

public static class PdfTheories
{
    /// <summary>Every PDF maker with every part: "libreoffice" and "own" (our renderer).</summary>
    public static TheoryData<string, string> MakersAndParts(IEnumerable<string> parts)
    {
        var data = new TheoryData<string, string>();
        foreach (var maker in new[] { "libreoffice", "own" })
            foreach (var part in parts) data.Add(maker, part);
        return data;
    }
}
