# Installing and packaging (issue 22): what `make install` and the Debian package put where,
# the manual pages and the bash completion made from the program's own command table, and the
# package itself (`make package`: CPack's DEB generator). Included at the end of
# CMakeLists.txt, after the ascreport target and the tests.
#
# Installed under PREFIX (/usr for the package):
#   bin/ascreport
#   share/ascreport/report-templates/   the shipped template, found beside bin/ at run time
#   share/ascreport/data-samples/       the sample data folder
#   share/man/man1/ascreport*.1.gz      one page for the program, one for each command
#   share/bash-completion/completions/ascreport
#   share/doc/ascreport/                copyright, changelog.gz, README.md, docs/

find_package(Python3 COMPONENTS Interpreter QUIET)
ascreport_require(Python3_Interpreter_FOUND python3)

# The one version is project()'s. The changelog's newest entry must name it (a new version
# needs its entry before it builds), and its date is the date of the manual pages.
set(ASCREPORT_CHANGELOG ${PROJECT_SOURCE_DIR}/packaging/changelog)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${ASCREPORT_CHANGELOG})
file(STRINGS ${ASCREPORT_CHANGELOG} ascreport_changelog_head LIMIT_COUNT 1)
if(NOT ascreport_changelog_head MATCHES "^ascreport \\(${PROJECT_VERSION}\\) ")
  message(FATAL_ERROR "${ASCREPORT_CHANGELOG}: its first entry must be for version ${PROJECT_VERSION} "
                      "(project() in CMakeLists.txt), as 'ascreport (${PROJECT_VERSION}) unstable; urgency=medium'")
endif()
file(STRINGS ${ASCREPORT_CHANGELOG} ascreport_changelog_signoff REGEX "^ -- " LIMIT_COUNT 1)
if(NOT ascreport_changelog_signoff MATCHES "^ -- (.+)  [A-Z][a-z][a-z], ([0-9][0-9]) ([A-Z][a-z][a-z]) ([0-9][0-9][0-9][0-9]) ")
  message(FATAL_ERROR "${ASCREPORT_CHANGELOG}: the first entry's last line must be ' -- NAME <EMAIL>  DAY, DD Mon YYYY HH:MM:SS +ZZZZ'")
endif()
set(ascreport_release_maintainer "${CMAKE_MATCH_1}")
set(ascreport_months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
list(FIND ascreport_months "${CMAKE_MATCH_3}" ascreport_month)
math(EXPR ascreport_month "${ascreport_month} + 1" OUTPUT_FORMAT DECIMAL)
if(ascreport_month LESS 10)
  set(ascreport_month "0${ascreport_month}")
endif()
set(ASCREPORT_RELEASE_DATE "${CMAKE_MATCH_4}-${ascreport_month}-${CMAKE_MATCH_2}")

# Generated at build time by running the built program (its `command-table`), so the pages and
# the completion list exactly the commands and options its --help does.
# ASCREPORT_GENERATED: the folder for what the build generates (CMakeLists.txt).
add_custom_command(
  OUTPUT ${ASCREPORT_GENERATED}/man/ascreport.1.gz
  COMMAND Python3::Interpreter ${PROJECT_SOURCE_DIR}/packaging/make-manpages $<TARGET_FILE:ascreport>
          ${ASCREPORT_GENERATED}/man --date ${ASCREPORT_RELEASE_DATE}
  DEPENDS ascreport ${PROJECT_SOURCE_DIR}/packaging/make-manpages ${ASCREPORT_CHANGELOG}
  COMMENT "Manual pages from ascreport command-table"
  VERBATIM)
add_custom_command(
  OUTPUT ${ASCREPORT_GENERATED}/completion/ascreport
  COMMAND Python3::Interpreter ${PROJECT_SOURCE_DIR}/packaging/make-completion $<TARGET_FILE:ascreport>
          ${ASCREPORT_GENERATED}/completion/ascreport
  DEPENDS ascreport ${PROJECT_SOURCE_DIR}/packaging/make-completion
  COMMENT "Bash completion from ascreport command-table"
  VERBATIM)
# Debian's form: gzip -9, with no file name or time inside (the same bytes every build).
add_custom_command(
  OUTPUT ${ASCREPORT_GENERATED}/doc/changelog.gz
  COMMAND ${CMAKE_COMMAND} -E make_directory ${ASCREPORT_GENERATED}/doc
  COMMAND sh -c "gzip -9n < \"$0\" > \"$1\"" ${ASCREPORT_CHANGELOG} ${ASCREPORT_GENERATED}/doc/changelog.gz
  DEPENDS ${ASCREPORT_CHANGELOG}
  VERBATIM)
add_custom_target(ascreport_docs ALL
  DEPENDS ${ASCREPORT_GENERATED}/man/ascreport.1.gz ${ASCREPORT_GENERATED}/completion/ascreport
          ${ASCREPORT_GENERATED}/doc/changelog.gz)

install(DIRECTORY data-samples/ DESTINATION share/ascreport/data-samples)
install(DIRECTORY ${ASCREPORT_GENERATED}/man/ DESTINATION share/man/man1 FILES_MATCHING PATTERN "*.1.gz")
install(FILES ${ASCREPORT_GENERATED}/completion/ascreport DESTINATION share/bash-completion/completions)
install(FILES packaging/copyright ${ASCREPORT_GENERATED}/doc/changelog.gz README.md DESTINATION share/doc/ascreport)
install(DIRECTORY docs/ DESTINATION share/doc/ascreport/docs)

# --- The Debian package: `make package`, or cpack in the build folder -----------------------
set(ASCREPORT_PACKAGE_MAINTAINER "${ascreport_release_maintainer}" CACHE STRING
    "The package's Maintainer field (default: the signature of the changelog's newest entry)")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ascreport)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${ASCREPORT_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${ASCREPORT_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "complaints reports from a council's case exports")
set(CPACK_PACKAGE_DESCRIPTION
  "ascreport turns a council's complaint, compliment and Ombudsman case exports
(CSV) into the complaints reports it publishes (the statutory adult social care
Complaints and Representations Annual Report, the children's social care annual
report, the Complaint Handling Code's annual report, a quarterly committee
report), as a PDF and an accessible HTML edition, and answers ad-hoc
breakdown questions from the same data as a table, CSV, JSON, Markdown or a
spreadsheet. Every number it prints is computed from the records; every
problem in the data is reported by file, line and column.
The report templates and a sample data folder are in /usr/share/ascreport.")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # ascreport_VERSION_ARCH.deb
# The shared libraries' packages are computed by dpkg-shlibdeps from the binary itself. What
# it cannot see are the files the program opens at run time: the report's font and the sRGB
# profile its PDF/A names (document.hpp kLiberationSansDir, pdf/pdfa.hpp kSrgbProfile).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-liberation2, icc-profiles-free")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
# cpack (and the build folder's own install target) install what is built, without first
# building everything, tests and benchmarks included: `make package` builds ascreport and
# ascreport_docs, and the package test runs after the build.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)

if(TARGET ascreport_tests)
  # The manual page and completion tests (tests/package/) read what the build generated.
  add_dependencies(ascreport_tests ascreport_docs)
  # The package itself: built with cpack into a scratch folder, inspected, extracted and run,
  # installed into and removed from a scratch dpkg root (tests/package/check-package). Skipped
  # (exit 77) where dpkg-dev or lintian is missing. Not in the sanitizer build, whose binary
  # is not one to package.
  if(NOT ASCREPORT_SANITIZE)
    add_test(NAME package
             COMMAND ${PROJECT_SOURCE_DIR}/tests/package/check-package ${PROJECT_BINARY_DIR} ${PROJECT_VERSION})
    # The longest test (40 s): COST starts it first, even on a clean clone with no timings.
    set_tests_properties(package PROPERTIES LABELS package SKIP_RETURN_CODE 77 TIMEOUT 900 COST 2000)
  endif()
endif()
