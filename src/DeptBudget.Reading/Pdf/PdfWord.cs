namespace DeptBudget.Reading.Pdf;

/// <summary>A word on a page in reading coordinates: x grows to the right, y grows downwards from the top.</summary>
public readonly record struct PdfWord(double Left, double Right, double Top, double Bottom, double Size, string Text)
{
    public double Baseline => Bottom;
    public double Width => Right - Left;
}
