"""Unittest main program: the command line of unittest.main() and python -m unittest."""

import sys
import os

from . import loader, runner
from .signals import installHandler

__unittest = True

MAIN_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""

MODULE_EXAMPLES = """\
Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""


def _convert_name(name):
    # a path to a .py file (relative, inside the current directory) names its module
    if os.path.isfile(name) and name.lower().endswith('.py'):
        if os.path.isabs(name):
            rel_path = os.path.relpath(name, os.getcwd())
            if os.path.isabs(rel_path) or rel_path.startswith(os.pardir):
                return name
            name = rel_path
        return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')
    return name


def _convert_names(names):
    return [_convert_name(name) for name in names]


def _convert_select_pattern(pattern):
    if not '*' in pattern:
        pattern = '*%s*' % pattern
    return pattern


class _Usage(Exception):
    pass


class _ArgParser:
    """The part of argparse unittest's command line needs, printing what argparse would.

    options: (short, long, dest, kind, help) with kind 'flag:<value>' (store a constant)
    or 'append' (one argument, appended) or 'store' (one argument).
    """

    def __init__(self, prog, options, positionals, help_func):
        self.prog = prog
        self.options = options
        self.positionals = positionals  # 'tests' (any number) or ['start', 'pattern', 'top']
        self.help_func = help_func

    def usage(self):
        parts = ['[-h]']
        for short, long, dest, kind, help in self.options:
            flag = short or long
            if kind.startswith('flag'):
                parts.append('[%s]' % flag)
            else:
                parts.append('[%s %s]' % (flag, dest.upper() if dest != 'testNamePatterns'
                                          else 'TESTNAMEPATTERNS'))
        pos = ['[tests ...]'] if self.positionals == 'tests' else []
        prog = self.prog
        text_width = 78
        prefix = 'usage: '
        full = ' '.join([prog] + parts + pos)
        if len(prefix) + len(full) <= text_width:
            return prefix + full + '\n'
        indent = ' ' * (len(prefix) + len(prog) + 1)

        def get_lines(items, indent, first_prefix=None):
            lines = []
            line = []
            line_len = len(first_prefix) - 1 if first_prefix is not None else len(indent) - 1
            for part in items:
                if line_len + 1 + len(part) > text_width and line:
                    lines.append(indent + ' '.join(line))
                    line = []
                    line_len = len(indent) - 1
                line.append(part)
                line_len += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * text_width:
            lines = get_lines([prog] + parts, indent, prefix)
            if pos:
                lines.extend(get_lines(pos, indent))
        else:
            lines = [prog] + get_lines(parts + pos, ' ' * len(prefix))
        return prefix + '\n'.join(lines) + '\n'

    def error(self, message):
        sys.stderr.write(self.usage())
        sys.stderr.write('%s: error: %s\n' % (self.prog, message))
        sys.exit(2)

    def parse_args(self, args, namespace):
        lookup = {}
        for opt in self.options:
            for flag in opt[:2]:
                if flag:
                    lookup[flag] = opt
        for short, long, dest, kind, help in self.options:
            if kind == 'append':
                if getattr(namespace, dest, None) is None:
                    setattr(namespace, dest, [])
        positional = []
        unknown = []
        i = 0
        only_positional = False
        while i < len(args):
            arg = args[i]
            i += 1
            if only_positional or arg == '-' or not arg.startswith('-'):
                positional.append(arg)
                continue
            if arg == '--':
                only_positional = True
                continue
            if arg in ('-h', '--help'):
                self.help_func()
                sys.exit(0)
            if arg.startswith('--'):
                name, eq, value = arg.partition('=')
                matches = [o for o in lookup if o.startswith('--') and o.startswith(name)]
                if name in lookup:
                    matches = [name]
                if len(matches) > 1:
                    self.error('ambiguous option: %s could match %s' % (name, ', '.join(sorted(matches))))
                if not matches:
                    unknown.append(arg)
                    continue
                opt = lookup[matches[0]]
                if opt[3].startswith('flag'):
                    if eq:
                        self.error('argument %s: ignored explicit argument %r' % (
                            '/'.join(o for o in opt[:2] if o), value))
                    self._store(namespace, opt, None)
                    continue
                if not eq:
                    if i >= len(args) or args[i].startswith('-'):
                        self.error('argument %s: expected one argument' % '/'.join(o for o in opt[:2] if o))
                    value = args[i]
                    i += 1
                self._store(namespace, opt, value)
                continue
            # short options, possibly bundled: -vf, -kfoo
            j = 1
            while j < len(arg):
                flag = '-' + arg[j]
                if flag == '-h':
                    self.help_func()
                    sys.exit(0)
                opt = lookup.get(flag)
                if opt is None:
                    unknown.append(arg if j == 1 else '-' + arg[j:])
                    break
                if opt[3].startswith('flag'):
                    self._store(namespace, opt, None)
                    j += 1
                    continue
                value = arg[j + 1:]
                if value.startswith('='):
                    value = value[1:]
                if not value:
                    if i >= len(args) or args[i].startswith('-'):
                        self.error('argument %s: expected one argument' % '/'.join(o for o in opt[:2] if o))
                    value = args[i]
                    i += 1
                self._store(namespace, opt, value)
                break
        if self.positionals == 'tests':
            namespace.tests = positional
        else:
            names = self.positionals
            if len(positional) > len(names):
                unknown.extend(positional[len(names):])
            for name, value in zip(names, positional):
                setattr(namespace, name, value)
        if unknown:
            self.error('unrecognized arguments: %s' % ' '.join(unknown))

    def _store(self, namespace, opt, value):
        short, long, dest, kind, help = opt
        if kind.startswith('flag:'):
            setattr(namespace, dest, eval(kind[5:]))
        elif kind == 'append':
            if dest == 'testNamePatterns':
                value = _convert_select_pattern(value)
            getattr(namespace, dest).append(value)
        else:
            setattr(namespace, dest, value)

    def format_help(self, width):
        out = [self.usage()]
        if self.positionals == 'tests':
            out.append('\npositional arguments:\n'
                       '  tests                a list of any number of test modules, classes and test\n'
                       '                       methods.\n')
        out.append('\noptions:\n')
        rows = [('-h, --help', 'show this help message and exit')]
        for short, long, dest, kind, help in self.options:
            if kind.startswith('flag'):
                rows.append((', '.join(o for o in (short, long) if o), help))
            else:
                metavar = 'TESTNAMEPATTERNS' if dest == 'testNamePatterns' else dest.upper()
                rows.append((', '.join('%s %s' % (o, metavar) for o in (short, long) if o), help))
        for invocation, help in rows:
            if len(invocation) <= width - 4:
                out.append('  %s  %s\n' % (invocation.ljust(width - 4), help))
            else:
                out.append('  %s\n%s%s\n' % (invocation, ' ' * width, help))
        return ''.join(out)


class TestProgram(object):
    """A command-line program that runs a set of tests; this is primarily
       for making test modules conveniently executable.
    """
    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv

        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not sys.warnoptions:
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        if self._discovery_parser is None:
            self._initArgParsers()
        self._print_help()
        sys.exit(2)

    def _print_help(self, *args, **kwargs):
        if self.module is None:
            print(self._main_parser.format_help(23))
            print(MODULE_EXAMPLES % {'prog': self.progName})
            sys.stdout.write(self._discovery_help())
        else:
            print(self._main_parser.format_help(23))
            print(MAIN_EXAMPLES % {'prog': self.progName})

    def _discovery_help(self):
        return (self._discovery_parser.format_help(24) +
                '\nFor test discovery all test modules must be importable from the top level\n'
                'directory of the project.\n')

    def parseArgs(self, argv):
        self._initArgParsers()
        if self.module is None:
            if len(argv) > 1 and argv[1].lower() == 'discover':
                self._do_discovery(argv[2:])
                return
            self._main_parser.parse_args(argv[1:], self)
            if not self.tests:
                # no tests named: run discovery in the current directory
                self._do_discovery([])
                return
        else:
            self._main_parser.parse_args(argv[1:], self)

        if self.tests:
            self.testNames = _convert_names(self.tests)
            if __name__ == '__main__':
                # unittest.main run as a script: the names are modules
                self.module = None
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            loader = self.testLoader if Loader is None else Loader()
            self.test = loader.discover(self.start, self.pattern, self.top)
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def _common_options(self):
        options = [('-v', '--verbose', 'verbosity', 'flag:2', 'Verbose output'),
                   ('-q', '--quiet', 'verbosity', 'flag:0', 'Quiet output'),
                   (None, '--locals', 'tb_locals', 'flag:True', 'Show local variables in tracebacks')]
        if self.failfast is None:
            options.append(('-f', '--failfast', 'failfast', 'flag:True', 'Stop on first fail or error'))
            self.failfast = False
        if self.catchbreak is None:
            options.append(('-c', '--catch', 'catchbreak', 'flag:True',
                            'Catch Ctrl-C and display results so far'))
            self.catchbreak = False
        if self.buffer is None:
            options.append(('-b', '--buffer', 'buffer', 'flag:True',
                            'Buffer stdout and stderr during tests'))
            self.buffer = False
        if self.testNamePatterns is None:
            options.append(('-k', None, 'testNamePatterns', 'append',
                            'Only run tests which match the given substring'))
            self.testNamePatterns = []
        return options

    def _initArgParsers(self):
        options = self._common_options()
        self._main_parser = _ArgParser(self.progName, options, 'tests', self._print_help)
        discovery = options + [
            ('-s', '--start-directory', 'start', 'store', "Directory to start discovery ('.' default)"),
            ('-p', '--pattern', 'pattern', 'store', "Pattern to match tests ('test*.py' default)"),
            ('-t', '--top-level-directory', 'top', 'store',
             'Top level directory of project (defaults to start\n'
             + ' ' * 24 + 'directory)')]
        self._discovery_parser = _ArgParser('%s discover' % self.progName, discovery,
                                            ['start', 'pattern', 'top'],
                                            lambda: sys.stdout.write(self._discovery_help()))

    def _do_discovery(self, argv, Loader=None):
        self.start = '.'
        self.pattern = 'test*.py'
        self.top = None
        if argv is not None:
            if self._discovery_parser is None:
                self._initArgParsers()
            self._discovery_parser.parse_args(argv, self)
        self.createTests(from_discovery=True, Loader=Loader)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    testRunner = self.testRunner(verbosity=self.verbosity, failfast=self.failfast,
                                                 buffer=self.buffer, warnings=self.warnings,
                                                 tb_locals=self.tb_locals)
                except TypeError:
                    # didn't accept the tb_locals argument
                    testRunner = self.testRunner(verbosity=self.verbosity, failfast=self.failfast,
                                                 buffer=self.buffer, warnings=self.warnings)
            except TypeError:
                # didn't accept the verbosity, buffer or failfast arguments
                testRunner = self.testRunner()
        else:
            # it is assumed to be a TestRunner instance
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
