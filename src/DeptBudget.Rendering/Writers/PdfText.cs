using System.Text;

namespace DeptBudget.Rendering.Writers;

/// <summary>
/// Text extracted from our PDFs, made comparable with the text we rendered. Noto CJK's ToUnicode maps
/// some glyphs to radical code points (⽂ U+2F42 for 文, ⻔ U+2ED4 for 门 …), so PdfPig returns the
/// radical. Kangxi radicals (U+2F00–U+2FD5) fold to their NFKC ideographs by table — string.Normalize
/// does nothing under InvariantGlobalization — and the supplement radicals Noto uses by a short table.
/// This is the one place such normalisation happens.
/// </summary>
public static class PdfText
{
    // NFKC of U+2F00 … U+2FD5, in order.
    private const string Kangxi = "一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠";

    private static readonly Dictionary<char, char> Supplement = new()
    {
        ['⻔'] = '门', ['⻓'] = '长', ['⻅'] = '见', ['⻆'] = '角', ['⻋'] = '车', ['⻉'] = '贝', ['⻢'] = '马', ['⻛'] = '风',
        ['⻝'] = '食', ['⻘'] = '青', ['⻚'] = '页', ['⻜'] = '飞', ['⻨'] = '麦', ['⻩'] = '黄', ['⻬'] = '齐', ['⻮'] = '齿',
        ['⻄'] = '西', ['⺠'] = '民', ['⻥'] = '鱼', ['⻦'] = '鸟', ['⺟'] = '母', ['⻣'] = '骨', ['⻤'] = '鬼', ['⻰'] = '龙',
        ['⻳'] = '龟', ['⺮'] = '竹', ['⻊'] = '足', ['⻈'] = '讠', ['⻑'] = '長', ['⻗'] = '雨',
    };

    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '\u2F00' and <= '\u2FD5') sb.Append(Kangxi[c - '\u2F00']);
            else sb.Append(Supplement.TryGetValue(c, out var r) ? r : c);
        }
        return sb.ToString();
    }
}
