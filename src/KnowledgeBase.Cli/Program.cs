using KnowledgeBase.Cli;

return await KbApp.RunAsync(args, Console.Out, Console.Error);
