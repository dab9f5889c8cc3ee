// Integration tests start servers and wait on a real database; the unit default of 5 s is too short.
jest.setTimeout(180_000);
