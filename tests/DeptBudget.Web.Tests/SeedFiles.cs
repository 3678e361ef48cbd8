namespace DeptBudget.Web.Tests;

/// <summary>The seed copies in samples/ of this checkout (what the app imports as demo data).</summary>
internal static class SeedFiles
{
    public static string PathOf(string number) =>
        Directory.GetFiles(Path.Combine(DeptBudget.Testing.Seeds.RepoRoot, "samples"), number + "_*.txt").Single();

    public static MultipartFormDataContent Upload(byte[] content, string name)
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", name);
        return form;
    }

    public static MultipartFormDataContent Upload(string number) =>
        Upload(File.ReadAllBytes(PathOf(number)), Path.GetFileName(PathOf(number)));

    public static string Department(string number) => DeptBudget.Reading.DisclosureReader.ReadFile(PathOf(number)).Meta.Department;
}
