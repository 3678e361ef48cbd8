using System.Net;
using System.Net.Sockets;

namespace DeptBudget.Web.Tests;

/// <summary>How the server process ends when it cannot start (run as its own process, as `serve` runs it).</summary>
public sealed class WebAppStartTests
{
    [Fact]
    public async Task A_port_already_taken_ends_the_server_with_a_chinese_reason_not_an_unhandled_exception()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var dir = Directory.CreateTempSubdirectory("deptbudget-start-").FullName;
        try
        {
            var info = new System.Diagnostics.ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "DeptBudget.Web.dll"), "--urls", $"http://127.0.0.1:{port}"])
            {
                WorkingDirectory = AppContext.BaseDirectory,
                RedirectStandardOutput = true, RedirectStandardError = true,
            };
            info.Environment["DeptBudget__ImportSamples"] = "false";
            info.Environment["DeptBudget__Admin__Password"] = TestApp.Password;
            info.Environment["DeptBudget__DataDir"] = dir;
            info.Environment["Logging__LogLevel__Default"] = "None";
            using var process = System.Diagnostics.Process.Start(info)!;
            var error = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            try { await process.WaitForExitAsync(limit.Token); }
            catch (OperationCanceledException) { process.Kill(entireProcessTree: true); throw; }

            var said = await error;
            Assert.Equal(1, process.ExitCode);
            Assert.Contains($"无法在 http://127.0.0.1:{port} 上监听", said);
            Assert.Contains("地址已被占用", said);
            Assert.DoesNotContain("Unhandled exception", said);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
