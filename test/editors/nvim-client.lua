-- Headless Neovim (0.7+) as a real LSP client of the language server, over stdio.
--
-- Opens each file in LSP_FILES (separated by '|'), attaches the server with Neovim's own
-- vim.lsp client and waits until textDocument/publishDiagnostics has arrived for every one.
-- With LSP_PROBE=1 it then works on the first file the way a user would: for each diagnostic it
-- puts the cursor on the diagnostic's start and asks for code actions (with the line's
-- diagnostics taken back out of vim.diagnostic, as vim.lsp.buf.code_action() does) and for a
-- hover; then it applies the first "Rewrite as" action with Neovim's own workspace-edit code and
-- waits for the diagnostics of the edited buffer.
--
-- It only gathers: test/editors/compare.mjs judges. Writes one JSON object to LSP_OUT.
--
--   LSP_CMD='node dist/server.js --stdio' LSP_FILES='/t/a.md|/t/b.md' LSP_OUT=/t/out.json \
--   [LSP_PROBE=1] [LSP_TIMEOUT_MS=15000] \
--   nvim --headless --clean -n -i NONE -u NONE -c 'luafile test/editors/nvim-client.lua'
--
-- Exit codes: 0 gathered, 2 timeout or server exit, 4 usage or start failure.

local env = vim.env
local json_encode = (vim.json and vim.json.encode) or vim.fn.json_encode
local out_path = env.LSP_OUT

local function finish(result, code)
  result.ok = (code == 0)
  local text = json_encode(result)
  local f = out_path and io.open(out_path, 'w')
  if f then
    f:write(text, '\n')
    f:close()
  else
    io.stdout:write(text, '\n')
  end
  vim.cmd((code == 0) and 'qall!' or ('cquit ' .. code))
end

if not env.LSP_CMD or not env.LSP_FILES or not out_path then
  finish({ error = 'set LSP_CMD, LSP_FILES and LSP_OUT' }, 4)
  return
end

local cmd = vim.split(env.LSP_CMD, ' ', { trimempty = true })
local timeout = tonumber(env.LSP_TIMEOUT_MS or '15000')
local files = {}
for _, f in ipairs(vim.split(env.LSP_FILES, '|', { trimempty = true })) do
  local path = vim.fn.fnamemodify(f, ':p')
  table.insert(files, { path = path, uri = vim.uri_from_fname(path) })
end

local published = {} -- uri -> list of diagnostic lists, in arrival order
local server_exit, server_info
local log = {}
local t_start = vim.loop.hrtime()
local function ms() return math.floor((vim.loop.hrtime() - t_start) / 1e6) end

local client_id = vim.lsp.start_client({
  name = 'coproduction-lint',
  cmd = cmd,
  root_dir = vim.fn.fnamemodify(files[1].path, ':h'),
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      if result then
        published[result.uri] = published[result.uri] or {}
        table.insert(published[result.uri], { at_ms = ms(), version = result.version, diagnostics = result.diagnostics })
      end
      -- Neovim's default handler too, so vim.diagnostic holds them (code actions read them back).
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
    end,
    ['window/logMessage'] = function(_, result) table.insert(log, result and result.message) end,
    ['window/showMessage'] = function(_, result) table.insert(log, result and ('showMessage: ' .. result.message)) end,
  },
  on_init = function(_, initialize_result) server_info = initialize_result and initialize_result.serverInfo end,
  on_exit = function(code, signal) server_exit = { code = code, signal = signal } end,
})
if not client_id then
  finish({ error = 'vim.lsp.start_client failed', cmd = cmd }, 4)
  return
end

local result = { nvim = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch, files = {} }
local bufs = {}
for _, f in ipairs(files) do
  vim.cmd('edit ' .. vim.fn.fnameescape(f.path))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'markdown'
  vim.lsp.buf_attach_client(bufnr, client_id)
  bufs[f.uri] = bufnr
end

local function all_arrived()
  for _, f in ipairs(files) do
    if not published[f.uri] then return false end
  end
  return true
end
local arrived = vim.wait(timeout, function() return all_arrived() or server_exit ~= nil end, 10)
result.ms_to_diagnostics = ms()
result.server_name = server_info and server_info.name or vim.NIL
result.server_exit = server_exit or vim.NIL
result.log = log

local function take_files()
  for _, f in ipairs(files) do
    local got = published[f.uri]
    result.files[f.path] = {
      uri = f.uri,
      -- The first publication after opening: what a user sees.
      diagnostics = got and got[1].diagnostics or vim.NIL,
      publications = got and #got or 0,
      latest_count = got and #got[#got].diagnostics or 0,
      vim_diagnostic_count = #vim.diagnostic.get(bufs[f.uri]),
    }
  end
end

if not arrived or not all_arrived() then
  take_files()
  result.error = server_exit and 'the server exited before publishing diagnostics'
    or ('no diagnostics within ' .. timeout .. ' ms')
  finish(result, 2)
  return
end
take_files()

local client = vim.lsp.get_client_by_id(client_id)
if env.LSP_PROBE == '1' then
  local f = files[1]
  local bufnr = bufs[f.uri]
  vim.api.nvim_set_current_buf(bufnr)
  local encoding = client.offset_encoding or 'utf-16'
  local probes = {}
  for _, d in ipairs(published[f.uri][1].diagnostics) do
    local line = d.range.start.line
    local text = vim.api.nvim_buf_get_lines(bufnr, line, line + 1, false)[1] or ''
    local col = vim.str_byteindex(text, d.range.start.character, encoding == 'utf-16')
    vim.api.nvim_win_set_cursor(0, { line + 1, col })

    -- What vim.lsp.buf.code_action() sends (0.7): the cursor range and the line's diagnostics.
    local params = vim.lsp.util.make_range_params(0, encoding)
    params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr) }
    local resp, err = client.request_sync('textDocument/codeAction', params, timeout, bufnr)
    local actions = {}
    for _, a in ipairs((resp and resp.result) or {}) do
      table.insert(actions, { title = a.title, kind = a.kind, isPreferred = a.isPreferred or false, edit = a.edit })
    end

    local hresp = client.request_sync('textDocument/hover', vim.lsp.util.make_position_params(0, encoding), timeout, bufnr)
    local hover = vim.NIL
    local h = hresp and hresp.result
    if h and h.contents then
      hover = type(h.contents) == 'string' and h.contents or h.contents.value or vim.NIL
    end
    table.insert(probes, {
      line = line, character = d.range.start.character, code = d.code, message = d.message,
      context_diagnostics = #params.context.diagnostics,
      actions = actions, hover = hover,
      error = (err or (resp and resp.err)) and tostring(err or vim.inspect(resp.err)) or vim.NIL,
    })
  end
  result.probes = probes

  -- Apply the first "Rewrite as" fix the way Neovim does when the user picks it.
  for _, p in ipairs(probes) do
    local chosen
    for _, a in ipairs(p.actions) do
      if a.title:sub(1, 10) == 'Rewrite as' and a.edit then chosen = a; break end
    end
    if chosen then
      local before = published[f.uri] and #published[f.uri] or 0
      vim.lsp.util.apply_workspace_edit(chosen.edit, encoding)
      local changed = vim.wait(timeout, function() return #published[f.uri] > before or server_exit ~= nil end, 10)
      local latest = published[f.uri][#published[f.uri]]
      result.applied = {
        title = chosen.title, line = p.line,
        text_after = vim.api.nvim_buf_get_lines(bufnr, p.line, p.line + 1, false)[1],
        republished = changed and #published[f.uri] > before,
        diagnostics_after = changed and latest.diagnostics or vim.NIL,
      }
      break
    end
  end
end

client.stop()
vim.wait(2000, function() return server_exit ~= nil end, 10)
result.server_exit = server_exit or vim.NIL
finish(result, 0)
