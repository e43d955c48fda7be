using StaticSite.Fuzz;

return FuzzCommand.Run(args);
