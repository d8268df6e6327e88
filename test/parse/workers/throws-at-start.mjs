// A parse worker that fails before taking any file.
throw new Error('this worker fails at start');
