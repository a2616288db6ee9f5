using KnowledgeBase.Cli;

StartupProfile.Start(args);
return await KbApp.RunAsync(args, Console.Out, Console.Error);
