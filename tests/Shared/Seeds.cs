namespace DeptBudget.Testing;

/// <summary>Locates the read-only seed disclosures in ../shared/seeds beside the checkout.</summary>
public static class Seeds
{
    public const string Longting2024 = "000";
    public const string Xixia2024 = "001";
    public const string Luolong2021 = "002";
    public const string Lanshan2024 = "003";
    public const string Hua2024 = "004";

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string SharedDir => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    /// <summary>The seed file whose name starts with the given number, e.g. "001".</summary>
    public static string PathOf(string number) =>
        Directory.GetFiles(Path.Combine(SharedDir, "seeds"), number + "_*.txt").Single();

    public static string Text(string number) => File.ReadAllText(PathOf(number));

    public static string RealDoc(string name) => Path.Combine(SharedDir, "real-docs", name);

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DeptBudget.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("DeptBudget.slnx not found above " + AppContext.BaseDirectory);
    }
}
