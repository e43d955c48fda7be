namespace StaticSite.Rendering.Models;

/// <summary>A photograph as a responsive <c>&lt;picture&gt;</c>: the WebP widths, the fallback widths and the fallback
/// file, with the size it is shown at (so the page keeps its place while it loads).</summary>
/// <param name="Src">The widest fallback file (JPEG, or PNG for transparent images).</param>
/// <param name="Srcset">The fallback files with their widths (<c>a-480.jpg 480w, …</c>).</param>
/// <param name="WebpSrcset">The WebP files with their widths.</param>
/// <param name="Sizes">How wide the picture is shown, for the browser's choice of file.</param>
/// <param name="Width">The picture's width in pixels (of the widest file).</param>
/// <param name="Height">The picture's height in pixels (of the widest file).</param>
internal sealed record PictureModel(string Src, string Srcset, string WebpSrcset, string Sizes, int Width, int Height);
