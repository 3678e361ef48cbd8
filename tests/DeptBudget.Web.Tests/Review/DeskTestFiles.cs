using System.IO.Compression;
using System.Net;
using System.Text.Json;

namespace DeptBudget.Web.Tests.Review;

/// <summary>Zips made in memory and the wait for a batch to finish.</summary>
internal static class DeskTestFiles
{
    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                s.Write(content);
            }
        return ms.ToArray();
    }

    public static (string, byte[]) Seed(string number, string? folder = null) =>
        ((folder is null ? "" : folder + "/") + Path.GetFileName(SeedFiles.PathOf(number)), File.ReadAllBytes(SeedFiles.PathOf(number)));

    public static MultipartFormDataContent Files(params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files) form.Add(new ByteArrayContent(content), "files", name);
        return form;
    }

    public static async Task<int> ImportAsync(HttpClient client, params (string Name, byte[] Content)[] files)
    {
        var answer = await client.PostAsync("/api/review/imports", Files(files));
        Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        using var doc = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("batchId").GetInt32();
    }

    /// <summary>Polls the batch until every file is checked or failed; returns its JSON.</summary>
    public static async Task<JsonElement> WaitAsync(HttpClient client, int batchId, TimeSpan? limit = null)
    {
        var until = DateTime.UtcNow + (limit ?? TimeSpan.FromSeconds(180));
        while (true)
        {
            var json = JsonDocument.Parse(await client.GetStringAsync($"/api/review/imports/{batchId}")).RootElement;
            if (json.GetProperty("finished").GetBoolean()) return json;
            if (DateTime.UtcNow > until) throw new TimeoutException("batch not finished: " + json);
            await Task.Delay(250);
        }
    }

    public static Dictionary<string, JsonElement> ItemsByName(JsonElement batch) =>
        batch.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("fileName").GetString()!);
}
