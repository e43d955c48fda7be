using System.CommandLine;
using StaticSite.Cli;

var root = new RootCommand("staticsite: builds the translated-reports site from Markdown and Scriban templates. "
    + ExitCodes.Meanings);
root.Add(BuildCommand.Create());
root.Add(CheckCommand.Create());
root.Add(NewCommand.Create());
root.Add(ImportCommand.Create());
root.Add(ServeCommand.Create());
root.Add(ArchiveOriginalsCommand.Create());

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine($"error: {error.Message}");
    Console.Error.WriteLine("run 'staticsite --help' for usage");
    return ExitCodes.Usage;
}

try
{
    return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e)
{
    var cause = e is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : e;
    Console.Error.WriteLine($"internal error: {cause.GetType().Name}: {cause.Message.ReplaceLineEndings(" ")}");
    return ExitCodes.InternalError;
}
