namespace DeptBudget.Web;

/// <summary>How `deptbudget serve` starts the application.</summary>
/// <param name="Urls">Listen address; default http://127.0.0.1:5000.</param>
/// <param name="DataDir">Directory of the SQLite file and the key ring; default ./data.</param>
/// <param name="Args">Further configuration as command-line arguments (--DeptBudget:Admin:Password=…).</param>
/// <param name="ReadWorker">The `deptbudget` program whose `read-worker` mode reads uploads in killable processes (set by `serve`); null: reads stay in this process unless configured.</param>
public sealed record WebAppOptions(string? Urls = null, string? DataDir = null, string[]? Args = null, string? ReadWorker = null)
{
    public const string DefaultUrls = "http://127.0.0.1:5000";
    public const string DefaultDataDir = "data";
}

/// <summary>The DeptBudget configuration section (appsettings, environment DeptBudget__…, arguments).</summary>
public sealed class DeptBudgetSettings
{
    public const string Section = "DeptBudget";
    public string DataDir { get; set; } = WebAppOptions.DefaultDataDir;
    /// <summary>Seed disclosures imported into an empty database; default DEPTBUDGET_ROOT/samples.</summary>
    public string? SamplesDir { get; set; }
    public bool ImportSamples { get; set; } = true;
    public AdminSettings Admin { get; set; } = new();
    public PdfSettings Pdf { get; set; } = new();
    public LimitSettings Limits { get; set; } = new();
    /// <summary>Behind a TLS proxy: cookies marked Secure and Strict-Transport-Security sent on every answer.</summary>
    public bool SecureCookies { get; set; }
}

public sealed class AdminSettings
{
    public string UserName { get; set; } = "admin";
    /// <summary>When empty, a random password is generated and printed once on first start.</summary>
    public string? Password { get; set; }
}

public sealed class LimitSettings
{
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;
    /// <summary>Anonymous POST /api/check, /api/read and /api/render per client address per minute.</summary>
    public int ToolRequestsPerMinute { get; set; } = 600;
    public int LoginAttemptsPerMinute { get; set; } = 10;
    /// <summary>Processor time one read and check of an upload may use (and the longest wait for its turn); over it, 422.</summary>
    public int ReadSeconds { get; set; } = 10;
    /// <summary>Wall-clock time from a request's arrival at the read gate to its answer, its wait for a turn included, on a busy machine too; over it, 422.</summary>
    public int ReadWallSeconds { get; set; } = 30;
    /// <summary>
    /// Reads running at once, whoever asks; each client (address or user) runs one at a time. Twice the
    /// cores: reads past 0.2 s run at low CPU priority, so short ones are not held in a queue behind them.
    /// </summary>
    public int ReadConcurrency { get; set; } = 2 * Environment.ProcessorCount;
    /// <summary>
    /// Reads that have run past 0.2 s may leave the normal slots for these, so that the short checks of
    /// other users find a slot while a few clients' long reads run (at low CPU priority); when these are
    /// full a long read keeps its normal slot. With read workers each holds at most ReadWorkerMemoryMB.
    /// </summary>
    public int LongReadConcurrency { get; set; } = 2 * Environment.ProcessorCount;
    /// <summary>Reads one client may have waiting behind its running one; more are answered 429.</summary>
    public int ReadQueuePerClient { get; set; } = 4;
    /// <summary>Memory the anonymous check keeps of answers already given (estimated bytes).</summary>
    public long CheckCacheBytes { get; set; } = 256L * 1024 * 1024;
    /// <summary>
    /// Where reads of uploads run: the path of the `deptbudget` program (or its .dll), started as
    /// `read-worker` processes that are killed at the limits; "in-process" (or empty without `serve`) reads
    /// in the server's own process, bounded only by the pre-scans and the reader's cooperative checks.
    /// </summary>
    public string? ReadWorker { get; set; }
    /// <summary>Resident memory one read worker may use; over it the worker is killed and the answer is 422.</summary>
    public int ReadWorkerMemoryMB { get; set; } = 1024;
    /// <summary>Read workers started (and warmed by reading the smallest sample) with the server, so that a read does not wait for a process to start and compile; once started, as many as can read at once are kept.</summary>
    public int ReadWorkersWarm { get; set; } = 2 * Environment.ProcessorCount;
    /// <summary>
    /// Uploads a read worker reads before it is replaced, so that nothing a long life accumulates can matter. Past it,
    /// a worker goes once as many others as are kept warm wait idle: workers started together reach it within a few
    /// reads of each other, and replaced all at once they left none warm.
    /// </summary>
    public int ReadsPerWorker { get; set; } = 500;
    /// <summary>Anonymous PDF exports per client address per minute (each starts a browser render).</summary>
    public int PdfExportsPerMinute { get; set; } = 6;
}

/// <summary>The supervised Chromium of the PDF downloads (see PdfRendererOptions).</summary>
public sealed class PdfSettings
{
    public int RenderTimeoutSeconds { get; set; } = 60;
    public int IdleRecycleSeconds { get; set; } = 60;
}
