// Root may read and write any file, so "permission denied" never happens to it. The
// examples and tests about that error run as root on some machines (CI, containers): this
// drops, for the whole process, the two capabilities that let root ignore permissions.
// Call it first in main(), before any thread exists: capabilities belong to each thread,
// and a new thread copies its creator's.
#pragma once

void give_up_root_file_powers();
