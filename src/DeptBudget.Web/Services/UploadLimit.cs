namespace DeptBudget.Web.Services;

/// <summary>
/// A page form whose declared length is over the upload limit is answered 413 at once, before anything reads it, so
/// the status page (our Chinese “文件太大” page) answers it. Read further, the form failed its anti-forgery check and
/// the browser showed its own “HTTP ERROR 400”. The API keeps its own limits and problem details.
/// </summary>
public static class UploadLimit
{
    public static IApplicationBuilder UseUploadLimit(this IApplicationBuilder app, DeptBudgetSettings settings)
    {
        // The same allowance as the form and Kestrel limits: the files plus room for the form's other fields.
        var max = settings.Limits.MaxUploadBytes + 1024 * 1024;
        return app.Use(async (context, next) =>
        {
            var r = context.Request;
            if (HttpMethods.IsPost(r.Method) && r.ContentLength > max && !r.Path.StartsWithSegments("/api")
                && !r.Path.StartsWithSegments("/review"))   // the desk's batch import has its own, larger limit
            {
                // Our error page answers, as a GET: re-executed as the POST it was, the page's anti-forgery check would
                // read the body and fail, and Chromium showed its own page for the empty answer.
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                context.Request.Method = HttpMethods.Get;
                context.Request.Path = "/error/413";
                context.Request.QueryString = QueryString.Empty;
                context.Request.Headers.ContentType = default;
                context.Request.Headers.ContentLength = null;
                context.Request.Body = Stream.Null;
                context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>()?.Enabled = false;
            }
            await next(context);
        });
    }
}
