using Microsoft.AspNetCore.Identity;

namespace DeptBudget.Web.Security;

/// <summary>
/// Identity's password and user errors in Chinese: they reach users on the login, admin and account pages
/// and in API answers, and Identity's own texts are English ("Passwords must have at least one digit").
/// </summary>
public sealed class ChineseIdentityErrors : IdentityErrorDescriber
{
    private static IdentityError E(string code, string text) => new() { Code = code, Description = text };

    public override IdentityError DefaultError() => E(nameof(DefaultError), "操作失败，请重试");
    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure), "用户已被他人修改，请刷新后重试");
    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "密码不正确");
    public override IdentityError InvalidToken() => E(nameof(InvalidToken), "令牌无效或已过期");
    public override IdentityError RecoveryCodeRedemptionFailed() => E(nameof(RecoveryCodeRedemptionFailed), "恢复码无效");
    public override IdentityError LoginAlreadyAssociated() => E(nameof(LoginAlreadyAssociated), "此外部登录已关联其他用户");
    public override IdentityError InvalidUserName(string? userName) =>
        E(nameof(InvalidUserName), $"用户名“{userName}”无效：只能使用字母、数字和 -._@+");
    public override IdentityError InvalidEmail(string? email) => E(nameof(InvalidEmail), $"电子邮箱“{email}”无效");
    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), $"用户名“{userName}”已被使用");
    public override IdentityError DuplicateEmail(string email) => E(nameof(DuplicateEmail), $"电子邮箱“{email}”已被使用");
    public override IdentityError InvalidRoleName(string? role) => E(nameof(InvalidRoleName), $"角色“{role}”无效");
    public override IdentityError DuplicateRoleName(string role) => E(nameof(DuplicateRoleName), $"角色“{role}”已存在");
    public override IdentityError UserAlreadyHasPassword() => E(nameof(UserAlreadyHasPassword), "用户已设置密码");
    public override IdentityError UserLockoutNotEnabled() => E(nameof(UserLockoutNotEnabled), "此用户不能被锁定");
    public override IdentityError UserAlreadyInRole(string role) => E(nameof(UserAlreadyInRole), $"用户已是“{RoleLabel(role)}”");
    public override IdentityError UserNotInRole(string role) => E(nameof(UserNotInRole), $"用户不是“{RoleLabel(role)}”");
    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), $"密码至少需要 {length} 位");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        E(nameof(PasswordRequiresUniqueChars), $"密码至少需要 {uniqueChars} 个不同的字符");
    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric), "密码至少需要一个符号（字母和数字以外的字符）");
    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit), "密码至少需要一个数字（0–9）");
    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower), "密码至少需要一个小写字母（a–z）");
    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper), "密码至少需要一个大写字母（A–Z）");

    private static string RoleLabel(string role) => Pages.RoleNames.Label(role);
}
