using DeptBudget.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DeptBudget.Web.Security;

/// <summary>
/// The sign-in manager, whose per-request security-stamp check also ends the sessions of a disabled
/// account (locked out until a date in the future): its cookie stops working on the next request.
/// </summary>
public sealed class StampCheckingSignInManager(UserManager<AppUser> users, IHttpContextAccessor context,
    IUserClaimsPrincipalFactory<AppUser> claims, IOptions<IdentityOptions> options, ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes, IUserConfirmation<AppUser> confirmation)
    : SignInManager<AppUser>(users, context, claims, options, logger, schemes, confirmation)
{
    public override async Task<AppUser?> ValidateSecurityStampAsync(System.Security.Claims.ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is not null && await UserManager.IsLockedOutAsync(user) ? null : user;
    }
}
