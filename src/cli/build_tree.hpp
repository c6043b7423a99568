// Where this binary was built from, for the build tree's binary to find the shipped template.
#pragma once

namespace ascreport::cli {
// Defined in build_tree.cpp, which the build writes into the build folder (CMakeLists.txt)
// rather than passing -D definitions to every file of the command line: a clean clone in another
// folder then compiles each of them with the same command, and ccache reuses the objects.
const char* source_tree();   // the source folder
const char* build_folder();  // the folder the ascreport binary is written to
}  // namespace ascreport::cli
