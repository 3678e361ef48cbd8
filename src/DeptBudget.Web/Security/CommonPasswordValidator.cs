using System.Reflection;
using DeptBudget.Storage;
using Microsoft.AspNetCore.Identity;

namespace DeptBudget.Web.Security;

/// <summary>
/// Refuses common and guessable passwords beside the length rule: those in the list shipped with the
/// project (common-passwords.txt, embedded), a listed stem padded with digits or symbols (password12,
/// admin12345), a run or repeat of characters (1234567890, aaaaaaaaaa, qwertyuiop), and the user's name
/// with a few more characters.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    private static readonly Lazy<HashSet<string>> List = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(IsGuessable(password ?? "", user.UserName)
            ? IdentityResult.Failed(new IdentityError { Code = "CommonPassword", Description = "密码过于常见或容易猜到（如 password12、admin12345、1234567890、用户名加数字），请换一个" })
            : IdentityResult.Success);

    public static bool IsGuessable(string password, string? userName)
    {
        var p = password.Trim().ToLowerInvariant();
        if (List.Value.Contains(p)) return true;
        // The letters left when digits and symbols around them are taken away: password12 → password.
        var stem = p.Trim("0123456789!@#$%^&*()-_=+.,;:?~`'\"/\\| ".ToCharArray());
        if (stem.Length == 0 || List.Value.Contains(stem)) return true;
        if (p.Distinct().Count() <= 3) return true;
        if (IsRun(p)) return true;
        var name = userName?.Trim().ToLowerInvariant();
        return !string.IsNullOrEmpty(name) && name.Length >= 3 && (p.Contains(name) && p.Length - name.Length < 6 || stem == name);
    }

    // The whole password one run along a keyboard row or the alphabet, either way (qwertyuiop, 0987654321).
    private static bool IsRun(string p)
    {
        const string rows = "1234567890 qwertyuiop asdfghjkl zxcvbnm abcdefghijklmnopqrstuvwxyz";
        return p.Length >= 6 && (rows.Contains(p) || new string(rows.Reverse().ToArray()).Contains(p));
    }

    private static HashSet<string> Load()
    {
        using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream("DeptBudget.Web.Security.common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is not embedded");
        using var reader = new StreamReader(s);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') set.Add(line.Trim().ToLowerInvariant());
        return set;
    }
}
