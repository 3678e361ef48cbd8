namespace DeptBudget.Reading.Text;

/// <summary>The text form of a disclosure (text extracted from a PDF): one line per row, cells split on tabs.</summary>
public static class TextSource
{
    public static List<SourceLine> Lines(string text)
    {
        var lines = new List<SourceLine>();
        var number = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            number++;
            var line = raw.ToString();
            if (line.IndexOf('\t') < 0) { lines.Add(new SourceLine(number, [line.Trim()])); continue; }
            lines.Add(new SourceLine(number, line.Split('\t').Select(c => c.Trim()).ToArray()));
        }
        return lines;
    }
}
