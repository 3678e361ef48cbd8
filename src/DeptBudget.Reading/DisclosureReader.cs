using DeptBudget.Model;

namespace DeptBudget.Reading;

/// <summary>Reads a published disclosure into one <see cref="Disclosure"/>.</summary>
public static class DisclosureReader
{
    /// <summary>Largest input accepted; anything larger is not a disclosure.</summary>
    public const long MaxBytes = 50L * 1024 * 1024;

    /// <summary>Reads a file; throws <see cref="ReadException"/> with a one-line reason for unusable input.</summary>
    public static Disclosure ReadFile(string path) => throw new NotImplementedException();

    /// <summary>Reads the text form (text extracted from a PDF) of a disclosure.</summary>
    public static Disclosure ReadText(string text, string? sourceFile = null) => throw new NotImplementedException();
}

/// <summary>Input that cannot be read as a disclosure: the reason in one line.</summary>
public sealed class ReadException(string message) : Exception(message);
