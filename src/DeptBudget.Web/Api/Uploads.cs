namespace DeptBudget.Web.Api;

/// <summary>Reads the multipart field `file` of a request, within the upload limit.</summary>
internal static class Uploads
{
    public static async Task<(byte[] Content, string Name)> ReadFileAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        if (!request.HasFormContentType) throw new ArgumentException("请以 multipart/form-data 上传，字段名为 file");
        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file") ?? throw new ArgumentException("缺少字段 file");
        if (file.Length > maxBytes) throw new Services.IntakeException(413, $"文件超过 {maxBytes / (1024 * 1024)} MB 的上限");
        using var ms = new MemoryStream((int)file.Length);
        await file.CopyToAsync(ms, ct);
        return (ms.ToArray(), file.FileName);
    }
}
