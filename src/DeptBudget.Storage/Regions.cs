using System.Text.RegularExpressions;

namespace DeptBudget.Storage;

/// <summary>
/// The region (county or district, 县/区/旗, else the city 市) a department belongs to, taken from the place
/// name its own name starts with: 西峡县医疗保障局 → 西峡县, 开封市龙亭区医疗保障局 → 龙亭区, 郑州市财政局 → 郑州市.
/// Reviewers are assigned a region; an admin sets a budget's region by hand when the name does not say it.
/// </summary>
public static partial class Regions
{
    public const int MaxLength = 100;

    public static string? FromDepartment(string? department)
    {
        var name = (department ?? "").Trim();
        if (CountyPattern().Match(name) is { Success: true } county) return county.Groups[1].Value;
        if (CityPattern().Match(name) is { Success: true } city) return city.Groups[1].Value;
        return null;
    }

    /// <summary>Blank → null (no region / every region), else trimmed and clipped.</summary>
    public static string? Normalise(string? region)
    {
        var r = (region ?? "").Trim();
        return r.Length == 0 ? null : r.Length <= MaxLength ? r : r[..MaxLength];
    }

    // A province and a city may come first; the county-level name is at most six characters before 县/区/旗.
    [GeneratedRegex(@"^(?:\p{IsCJKUnifiedIdeographs}{1,6}?省)?(?:\p{IsCJKUnifiedIdeographs}{1,6}?市)?(\p{IsCJKUnifiedIdeographs}{1,6}?[县区旗])")]
    private static partial Regex CountyPattern();

    [GeneratedRegex(@"^(?:\p{IsCJKUnifiedIdeographs}{1,6}?省)?(\p{IsCJKUnifiedIdeographs}{1,6}?市)")]
    private static partial Regex CityPattern();
}
